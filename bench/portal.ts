// `npm run bench:portal`: the member portal's server-side reads for one member with 5,000
// ledger entries (a year of purchases, redemptions among them): the dashboard, history
// (first and last page), the rewards catalog with "my vouchers", and the data export. Each is
// timed over BENCH_RUNS runs after a warm-up; the budget is 200 ms per page at p95 (issue 4).
// Then the same pages over HTTP from a production build (server render included). The last
// line is one JSON object of p50/p95 per page in milliseconds.
import { hashPassword } from "../lib/auth/password";
import { benchDatabase } from "./database";
import { percentile } from "./load";
import { timePortalPages } from "./portal-http";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PURCHASES = 4_500;
const REDEMPTIONS = 499;
const BUDGET_MS = 200;
const DAY = 86_400_000;
const PASSWORD = "bench-member-password";

async function main() {
  const { stop } = await benchDatabase("suki_bench_portal");

  // Imported only now: lib/env.js reads DATABASE_URL when the module loads.
  const { db, pool } = await import("../lib/db/client");
  const { enrollMember } = await import("../lib/loyalty/members");
  const { recordPurchase } = await import("../lib/loyalty/purchases");
  const { redeemReward } = await import("../lib/loyalty/redeem");
  const { getMemberDashboard } = await import("../lib/portal/dashboard");
  const { getMemberHistory } = await import("../lib/portal/history");
  const { getMemberVouchers, getRewardCatalog } = await import("../lib/portal/rewards");
  const { exportUserData } = await import("../lib/portal/data-export");

  const business = await db.business.create({
    data: {
      name: "Bench café", slug: "bench-cafe", currency: "PHP", timeZone: "Asia/Manila", senderName: "Bench",
      program: { create: { earnPoints: 1, earnPerMinor: 1000, live: true, signupBonus: 25, expiryPolicy: "AFTER_EARN", expiryMonths: 12, visitDiscountEnabled: true, visitDiscountBaseBp: 500, visitDiscountStepBp: 100, visitDiscountCapBp: 1500 } },
      tiers: { create: [{ name: "Suki", rank: 0, threshold: 0 }, { name: "Silver", rank: 1, threshold: 500_000 }, { name: "Gold", rank: 2, threshold: 1_500_000 }] },
      rewards: { create: Array.from({ length: 8 }, (_, index) => ({ kind: "FREE_ITEM" as const, name: `Reward ${index}`, pointsCost: 10 * (index + 1) })) },
      punchCards: { create: { name: "Coffee card", stampsRequired: 10 } },
    },
    include: { rewards: true },
  });
  const user = await db.user.create({ data: { email: "bench-member@bench.local", name: "Bench Member" } });
  const { memberId } = await enrollMember({ businessId: business.id, userId: user.id });
  const started = Date.now();
  for (let index = 0; index < PURCHASES; index++) {
    const occurredAt = new Date(started - Math.floor(((PURCHASES - index) * 360 * DAY) / PURCHASES));
    await recordPurchase({ businessId: business.id, memberId, amountMinor: 25_000, currency: "PHP", externalId: `bench-${index}`, occurredAt }, {}, occurredAt);
    if (index % 9 === 8 && index / 9 < REDEMPTIONS) await redeemReward({ businessId: business.id, memberId, rewardId: business.rewards[0]!.id }, {}, occurredAt);
  }
  const entries = await db.ledgerEntry.count({ where: { memberId } });
  console.log(`portal bench: 1 member with ${entries} ledger entries (seeded in ${((Date.now() - started) / 1000).toFixed(1)} s), ${RUNS} runs per page`);

  const input = { businessId: business.id, memberId };
  const lastPage = (await getMemberHistory({ ...input, page: 1 })).pageCount;
  const pages: Record<string, () => Promise<unknown>> = {
    dashboard: () => getMemberDashboard({ ...input, timeZone: "Asia/Manila" }),
    "history p1": () => getMemberHistory({ ...input, page: 1 }),
    [`history p${lastPage}`]: () => getMemberHistory({ ...input, page: lastPage }),
    rewards: () => Promise.all([getRewardCatalog(input), getMemberVouchers(input)]),
    "data export": () => exportUserData(user.id),
  };
  const summary: Record<string, { p50: number; p95: number }> = {};
  let over = false;
  for (const [page, load] of Object.entries(pages)) {
    for (let warm = 0; warm < 3; warm++) await load();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      await load();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    summary[page] = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
    // The export is a download, not a page; it is reported without the page budget.
    const budget = page === "data export" ? "" : summary[page].p95 <= BUDGET_MS ? "  ok" : `  OVER ${BUDGET_MS} ms`;
    if (budget.includes("OVER")) over = true;
    console.log(`${page.padEnd(14)} p50 ${summary[page].p50.toFixed(1).padStart(7)} ms   p95 ${summary[page].p95.toFixed(1).padStart(7)} ms${budget}`);
  }

  // The same pages over HTTP, server render included (set BENCH_HTTP=0 to skip the build).
  let http: Record<string, { p50: number; p95: number }> | undefined;
  if (process.env.BENCH_HTTP !== "0") {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    http = await timePortalPages({
      email: user.email,
      password: PASSWORD,
      runs: RUNS,
      paths: {
        "GET dashboard": "/portal/bench-cafe",
        "GET history p1": "/portal/bench-cafe/history",
        [`GET history p${lastPage}`]: `/portal/bench-cafe/history?page=${lastPage}`,
        "GET rewards": "/portal/bench-cafe/rewards",
      },
    });
    for (const [page, times] of Object.entries(http)) {
      const budget = times.p95 <= BUDGET_MS ? "  ok" : `  OVER ${BUDGET_MS} ms`;
      if (budget.includes("OVER")) over = true;
      console.log(`${page.padEnd(18)} p50 ${times.p50.toFixed(1).padStart(7)} ms   p95 ${times.p95.toFixed(1).padStart(7)} ms${budget}`);
    }
  }
  console.log(JSON.stringify({ bench: "portal", entries, runs: RUNS, pages: summary, http }));

  await db.$disconnect();
  await pool.end();
  await stop();
  if (over) process.exitCode = 1;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
