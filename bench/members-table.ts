// `npm run bench:members`: the admin members table with 100,000 members in one business (and
// 10,000 in another, so every query must use its business's slice). Members are enrolled
// through the engine's batched import (lib/loyalty/import-members), which is itself timed;
// a year of visits is then written set-based so the at-risk filter has real rhythms to judge
// (a quarter of the members stopped coming). Each table query of the page — first page,
// searches, filters, at-risk, deep keyset pages, the member count — is timed over BENCH_RUNS
// runs after a warm-up; the budget is 100 ms at p95. The last line is one JSON object.
import { benchDatabase } from "./database";
import { percentile } from "./load";

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const OTHER_MEMBERS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const BUDGET_MS = 100;
const FIRST = ["Maria", "Jose", "Ana", "Juan", "Rosa", "Pedro", "Carmen", "Luis", "Elena", "Miguel", "Sofia", "Carlos", "Isabel", "Ramon", "Teresa", "Andres", "Lucia", "Diego", "Paula", "Marco"];
const LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Torres", "Flores", "Ramos", "Aquino", "Castillo", "Villanueva", "Navarro", "Domingo", "Salazar", "Rivera", "Morales", "Pascual", "Lim", "Tan", "Gonzales", "Dizon", "Fernandez", "Soriano", "Manalo"];

async function main() {
  const { stop } = await benchDatabase("suki_bench_members");
  // Imported only now: lib/env.js reads DATABASE_URL when the module loads.
  const { db, pool } = await import("../lib/db/client");
  const { importMembers } = await import("../lib/loyalty/import-members");
  const { countMembers, listMembers } = await import("../lib/admin/members-list");
  const { memberListQuerySchema } = await import("../lib/admin/members-schemas");

  const business = await createBusiness(db, "bench-cafe");
  const other = await createBusiness(db, "bench-books");
  const rows = (count: number, tag: string) =>
    Array.from({ length: count }, (_, index) => {
      const name = `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]}`;
      return {
        row: index + 2,
        email: `${name.toLowerCase().replace(" ", ".")}.${index}@${tag}.test`,
        name,
        phone: index % 2 === 0 ? `+63917${String(index).padStart(7, "0")}` : null,
        points: (index * 7919) % 1_200,
      };
    });
  let started = performance.now();
  await importMembers({ businessId: business.id, actorUserId: null, source: "bench.csv", rows: rows(MEMBERS, "cafe"), chunkSize: 2_000 });
  const importSeconds = (performance.now() - started) / 1000;
  await importMembers({ businessId: other.id, actorUserId: null, source: "bench.csv", rows: rows(OTHER_MEMBERS, "books"), chunkSize: 2_000 });

  started = performance.now();
  const purchases = await seedVisits(pool, business.id);
  await seedVisits(pool, other.id);
  await pool.query(`VACUUM ANALYZE`);
  console.log(
    `members bench: ${MEMBERS.toLocaleString()} members (+${OTHER_MEMBERS.toLocaleString()} in another business) imported in ${importSeconds.toFixed(1)} s; ` +
      `${purchases.toLocaleString()} visits seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; ${RUNS} runs per query`,
  );

  const tier = await db.tier.findFirstOrThrow({ where: { businessId: business.id, rank: 1 } });
  const q = (input: Record<string, string>) => memberListQuerySchema.parse(input);
  const list = (input: Record<string, string>) => () => listMembers({ businessId: business.id, query: q(input) });
  const deep = async (sort: string, position: number) => {
    // The cursor a person reaches after paging to `position`, found once up front.
    const target = await pool.query(
      sort === "joined"
        ? `SELECT number, number AS key FROM "Member" WHERE "businessId" = $1 ORDER BY number DESC OFFSET $2 LIMIT 1`
        : `SELECT number, balance AS key FROM "Member" WHERE "businessId" = $1 ORDER BY balance DESC, number DESC OFFSET $2 LIMIT 1`,
      [business.id, position],
    );
    return list({ sort, after: `${target.rows[0].key}.${target.rows[0].number}` });
  };
  const queries: Record<string, () => Promise<unknown>> = {
    "first page": list({}),
    "member count": () => countMembers(business.id),
    "search name fragment": list({ q: "isabel" }),
    "search name, rare": list({ q: "ramon villanueva" }),
    "search email fragment": list({ q: "reyes.1234" }),
    "search phone digits": list({ q: "0917 000 4242" }),
    "search member number": list({ q: "51234" }),
    "filter tier": list({ tier: tier.id }),
    "filter active 30 days": list({ activity: "active30" }),
    "filter at-risk": list({ risk: "1" }),
    "sort by balance": list({ sort: "balance" }),
    "sort by last visit": list({ sort: "lastVisit" }),
    "deep page (joined, 60,000th)": await deep("joined", 60_000),
    "deep page (balance, 60,000th)": await deep("balance", 60_000),
  };

  const summary: Record<string, { p50: number; p95: number }> = {};
  const over: string[] = [];
  for (const [name, run] of Object.entries(queries)) {
    for (let warm = 0; warm < 3; warm++) await run();
    const times: number[] = [];
    for (let index = 0; index < RUNS; index++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    summary[name] = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
    if (summary[name].p95 > BUDGET_MS) over.push(name);
    console.log(`${name.padEnd(30)} p50 ${summary[name].p50.toFixed(1).padStart(7)} ms   p95 ${summary[name].p95.toFixed(1).padStart(7)} ms${summary[name].p95 > BUDGET_MS ? `  OVER ${BUDGET_MS} ms` : "  ok"}`);
  }
  // At-risk with a sort no index follows (balance, lifetime points) must judge every member's
  // visits before it can pick the top 50: timed and shown, outside the budget (a known limit).
  const slow: Record<string, { p50: number; p95: number }> = {};
  for (const [name, run] of Object.entries({ "at-risk, by balance": list({ risk: "1", sort: "balance" }) })) {
    await run();
    const times: number[] = [];
    for (let index = 0; index < 5; index++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    slow[name] = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
    console.log(`${name.padEnd(30)} p50 ${slow[name].p50.toFixed(1).padStart(7)} ms   p95 ${slow[name].p95.toFixed(1).padStart(7)} ms  (no budget: scans every member)`);
  }
  const atRisk = (await pool.query(`SELECT count(*)::int AS n FROM "Member" m WHERE m."businessId" = $1 AND EXISTS (
      SELECT 1 FROM (SELECT count(*) AS visits, min("occurredAt") AS f, max("occurredAt") AS l FROM "Purchase" p WHERE p."memberId" = m.id) v
      WHERE v.visits >= 2 AND EXTRACT(EPOCH FROM (now() AT TIME ZONE 'UTC' - v.l)) > 2 * EXTRACT(EPOCH FROM (v.l - v.f)) / (v.visits - 1))`, [business.id])).rows[0].n;
  console.log(`at-risk members: ${atRisk.toLocaleString()} of ${MEMBERS.toLocaleString()}`);
  console.log(JSON.stringify({ bench: "members", members: MEMBERS, visits: purchases, import_seconds: round(importSeconds), at_risk: atRisk, runs: RUNS, budget_ms: BUDGET_MS, queries: summary, over_budget: over, unbudgeted: slow }));

  await db.$disconnect();
  await pool.end();
  // BENCH_KEEP=1 leaves the database behind for EXPLAIN ANALYZE.
  if (process.env.BENCH_KEEP !== "1") await stop();
  if (over.length > 0) process.exitCode = 1;
}

type Db = (typeof import("../lib/db/client"))["db"];

async function createBusiness(db: Db, slug: string) {
  return db.business.create({
    data: {
      name: slug, slug, currency: "PHP", timeZone: "Asia/Manila", senderName: "Bench",
      program: { create: { earnPoints: 1, earnPerMinor: 1000, live: true } },
      tiers: { create: [{ name: "Suki", rank: 0, threshold: 0 }, { name: "Silver", rank: 1, threshold: 500_000 }, { name: "Gold", rank: 2, threshold: 1_500_000 }] },
    },
  });
}

/**
 * Up to ~a year of visits per member at their own rhythm (every 3–40 days); a quarter stopped
 * coming 2–8 months ago. Bench data only: written directly, then the members' activity,
 * tiers, join dates and lifetime spend are set to match, so every sort has a spread.
 */
async function seedVisits(pool: (typeof import("../lib/db/client"))["pool"], businessId: string): Promise<number> {
  const inserted = await pool.query(
    `WITH plan AS (
       SELECT m.id, m.number, 3 + (m.number * 7) % 38 AS gap,
         CASE WHEN m.number % 4 = 0 THEN 60 + (m.number * 13) % 180 ELSE (m.number * 3) % 5 END AS quiet,
         (m.number * 11) % 12 AS visits
       FROM "Member" m WHERE m."businessId" = $1
     )
     INSERT INTO "Purchase" (id, "businessId", "memberId", "amountMinor", currency, "externalId", "occurredAt", channel)
     SELECT gen_random_uuid()::text, $1, p.id, 10000 + (p.number * 31 + v * 17) % 40000, 'PHP', 'bench-' || p.number || '-' || v,
       (now() AT TIME ZONE 'UTC') - make_interval(days => p.quiet + v * p.gap), 'COUNTER'
     FROM plan p, generate_series(0, p.visits - 1) AS v`,
    [businessId],
  );
  await pool.query(
    `UPDATE "Member" m SET "lastActivityAt" = COALESCE(v.last, m."joinedAt" - interval '400 days'),
       "joinedAt" = LEAST(m."joinedAt" - make_interval(days => 400 + (m.number % 300)), COALESCE(v.first, m."joinedAt")),
       "tierId" = (SELECT t.id FROM "Tier" t WHERE t."businessId" = m."businessId" AND t.rank = m.number % 3),
       "lifetimeSpent" = ((m.number::bigint * 104729) % 5000)::int
     FROM (SELECT m2.id, max(p."occurredAt") AS last, min(p."occurredAt") AS first FROM "Member" m2
           LEFT JOIN "Purchase" p ON p."memberId" = m2.id WHERE m2."businessId" = $1 GROUP BY m2.id) v
     WHERE m.id = v.id`,
    [businessId],
  );
  return inserted.rowCount ?? 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
