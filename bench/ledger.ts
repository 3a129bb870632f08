// `npm run bench:ledger`: earn and redeem throughput of the loyalty engine against a raw-SQL
// baseline doing the same writes, in the same run, on the same database, at 8 concurrent
// clients. Prints both, their ratio and latency percentiles; the last line is one JSON object.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { benchDatabase } from "./database";
import { percentile, runClients } from "./load";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MEMBERS_PER_CLIENT = 25;

async function main() {
  const { url, stop } = await benchDatabase("suki_bench_ledger");
  // Imported only now: lib/env.js reads DATABASE_URL when the module loads.
  const { db, pool: appPool } = await import("../lib/db/client");
  const { recordPurchase } = await import("../lib/loyalty/purchases");
  const { redeemReward } = await import("../lib/loyalty/redeem");
  const { adjustPoints } = await import("../lib/loyalty/adjust");
  const { enrollMember } = await import("../lib/loyalty/members");

  const business = await db.business.create({
    data: { name: "Bench café", slug: "bench-cafe", currency: "PHP", timeZone: "Asia/Manila", senderName: "Bench", program: { create: { earnPoints: 1, earnPerMinor: 1000 } } },
  });
  const reward = await db.reward.create({ data: { businessId: business.id, kind: "FREE_ITEM", name: "Coffee", pointsCost: 10, voucherDays: 30 } });
  const owner = await db.user.create({ data: { email: "bench-owner@bench.local" } });
  const members: string[] = [];
  for (let index = 0; index < CLIENTS * MEMBERS_PER_CLIENT * 2; index++) {
    const user = await db.user.create({ data: { email: `bench-${index}@bench.local` } });
    const { memberId } = await enrollMember({ businessId: business.id, userId: user.id });
    await adjustPoints({ businessId: business.id, memberId, points: 1_000_000, reason: "bench float" }, owner.id);
    members.push(memberId);
  }
  // Each client works on members of its own, half for the engine, half for the baseline, so
  // both phases see the same shape of data and neither waits on the other's rows.
  const engineMembers = members.slice(0, members.length / 2);
  const baselineMembers = members.slice(members.length / 2);
  let receipt = 0;

  console.log(`ledger bench: ${CLIENTS} clients, ${SECONDS} s per phase, alternating earn and redeem`);
  const engine = await runClients(CLIENTS, SECONDS, async (client, iteration) => {
    const memberId = engineMembers[client * MEMBERS_PER_CLIENT + (iteration % MEMBERS_PER_CLIENT)]!;
    if (process.env.BENCH_ONLY === "redeem" || (process.env.BENCH_ONLY !== "earn" && iteration % 2 === 1)) {
      await redeemReward({ businessId: business.id, memberId, rewardId: reward.id });
    } else {
      await recordPurchase({ businessId: business.id, memberId, amountMinor: 45_000, currency: "PHP", externalId: `e-${++receipt}` });
    }
  });

  const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
  const baseline = await runClients(CLIENTS, SECONDS, async (client, iteration) => {
    const memberId = baselineMembers[client * MEMBERS_PER_CLIENT + (iteration % MEMBERS_PER_CLIENT)]!;
    const redeem = process.env.BENCH_ONLY === "redeem" || (process.env.BENCH_ONLY !== "earn" && iteration % 2 === 1);
    await (!redeem ? rawEarn(pool, business.id, memberId, `b-${++receipt}`) : rawRedeem(pool, business.id, memberId, reward.id));
  });
  await pool.end();

  const violations = await db.$queryRaw<{ n: number }[]>`
    SELECT COUNT(*)::int AS n FROM (SELECT m.id FROM "Member" m LEFT JOIN "LedgerEntry" l ON l."memberId" = m.id
      WHERE m.id = ANY(${engineMembers}) GROUP BY m.id, m.balance HAVING m.balance <> COALESCE(SUM(l.points), 0)) v`;
  await db.$disconnect();
  await appPool.end();
  await stop();

  const result = {
    bench: "ledger",
    clients: CLIENTS,
    seconds: SECONDS,
    tps: round(engine.count / engine.seconds),
    baseline_tps: round(baseline.count / baseline.seconds),
    ratio: round(engine.count / engine.seconds / (baseline.count / baseline.seconds), 3),
    p50_ms: round(percentile(engine.latencies, 50), 2),
    p95_ms: round(percentile(engine.latencies, 95), 2),
    p99_ms: round(percentile(engine.latencies, 99), 2),
    baseline_p95_ms: round(percentile(baseline.latencies, 95), 2),
    errors: engine.errors + baseline.errors,
    balance_mismatches: violations[0]?.n ?? -1,
  };
  console.log(`engine:   ${result.tps} tx/s   p50 ${result.p50_ms} ms   p95 ${result.p95_ms} ms   p99 ${result.p99_ms} ms`);
  console.log(`raw SQL:  ${result.baseline_tps} tx/s   p95 ${result.baseline_p95_ms} ms`);
  console.log(`ratio:    ${result.ratio} (target ≥ 0.5, p95 < 20 ms)   errors: ${result.errors}   balance mismatches: ${result.balance_mismatches}`);
  console.log(JSON.stringify(result));
}

/** The writes an earn makes, by hand: lock, purchase, ledger credit, balance. */
async function rawEarn(pool: pg.Pool, businessId: string, memberId: string, externalId: string) {
  // Named (prepared) statements, as the engine's are (lib/db/sql.ts): a fair baseline pays
  // no planning either.
  await inRawTransaction(pool, async (client) => {
    await client.query({ name: "raw-earn-lock", text: `SELECT id FROM "Member" WHERE id = $1 FOR UPDATE`, values: [memberId] });
    const purchase = await client.query({
      name: "raw-earn-purchase",
      text: `INSERT INTO "Purchase" (id, "businessId", "memberId", "amountMinor", currency, "externalId", "occurredAt")
       VALUES ($1, $2, $3, 45000, 'PHP', $4, now()) RETURNING id`,
      values: [randomId(), businessId, memberId, externalId],
    });
    const entryId = randomId();
    await client.query({
      name: "raw-earn-entry",
      text: `INSERT INTO "LedgerEntry" (id, "businessId", "memberId", kind, points, "purchaseId", "idempotencyKey") VALUES ($1, $2, $3, 'EARN', 45, $4, $5)`,
      values: [entryId, businessId, memberId, purchase.rows[0].id, `earn/${purchase.rows[0].id}`],
    });
    await client.query({
      name: "raw-earn-lot",
      text: `INSERT INTO "LedgerLot" ("entryId", "businessId", "memberId", remaining, "purchaseId", "createdAt") VALUES ($1, $2, $3, 45, $4, now())`,
      values: [entryId, businessId, memberId, purchase.rows[0].id],
    });
    await client.query({
      name: "raw-earn-balance",
      text: `UPDATE "Member" SET balance = balance + 45, "lifetimeEarned" = "lifetimeEarned" + 45, "lastActivityAt" = now() WHERE id = $1`,
      values: [memberId],
    });
  });
}

/** The writes a redemption makes, by hand: lock, guarded balance, voucher, debit, allocation. */
async function rawRedeem(pool: pg.Pool, businessId: string, memberId: string, rewardId: string) {
  await inRawTransaction(pool, async (client) => {
    const member = await client.query({ name: "raw-redeem-lock", text: `SELECT balance FROM "Member" WHERE id = $1 FOR UPDATE`, values: [memberId] });
    if (member.rows[0].balance < 10) throw new Error("insufficient");
    const lot = await client.query({
      name: "raw-redeem-lot",
      text: `SELECT "entryId" FROM "LedgerLot" WHERE "memberId" = $1 AND remaining >= 10 ORDER BY "createdAt" LIMIT 1`,
      values: [memberId],
    });
    const redemption = await client.query({
      name: "raw-redeem-voucher",
      text: `INSERT INTO "Redemption" (id, "businessId", "memberId", "rewardId", points, code, "expiresAt") VALUES ($1, $2, $3, $4, 10, $5, now() + interval '30 days') RETURNING id`,
      values: [randomId(), businessId, memberId, rewardId, randomBytes(8).toString("hex")],
    });
    const debit = await client.query({
      name: "raw-redeem-debit",
      text: `INSERT INTO "LedgerEntry" (id, "businessId", "memberId", kind, points, "redemptionId") VALUES ($1, $2, $3, 'REDEEM', -10, $4) RETURNING id`,
      values: [randomId(), businessId, memberId, redemption.rows[0].id],
    });
    await client.query({
      name: "raw-redeem-allocation",
      text: `INSERT INTO "LedgerAllocation" (id, "businessId", "debitId", "lotId", points) VALUES ($1, $2, $3, $4, 10)`,
      values: [randomId(), businessId, debit.rows[0].id, lot.rows[0].entryId],
    });
    await client.query({ name: "raw-redeem-lot-left", text: `UPDATE "LedgerLot" SET remaining = remaining - 10 WHERE "entryId" = $1`, values: [lot.rows[0].entryId] });
    await client.query({
      name: "raw-redeem-balance",
      text: `UPDATE "Member" SET balance = balance - 10, "lifetimeSpent" = "lifetimeSpent" + 10 WHERE id = $1`,
      values: [memberId],
    });
  });
}

async function inRawTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}


const randomId = () => `b${randomBytes(12).toString("hex")}`;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
