// `npm run bench:analytics`: the owner overview on a business with 100,000 members and
// ~2,000,000 ledger entries (bench/analytics-seed.ts), seeded into a throwaway database.
// Each overview query runs BENCH_RUNS times after a warm-up (median reported), then the whole
// overview as the page runs it (the queries side by side on the pool), for the default
// 30-day period and for 365 days; first on the schema as migrated, then with the indexes
// proposed for the overview (PROPOSED_INDEXES; all of them are migrations now, so the second
// round re-times the same schema after a VACUUM ANALYZE). The budget is 500 ms for the whole
// overview.
// The last line is one JSON object. BENCH_MEMBERS shrinks the data for a quick try;
// BENCH_KEEP=1 leaves the database behind and BENCH_REUSE=1 times one left behind earlier.
import { availableParallelism, loadavg } from "node:os";
import pg from "pg";
import { createDatabaseIfMissing, withDatabaseName } from "../lib/db/admin";
import { ensureDatabase } from "../lib/db/embedded";
import { ledgerChecks, seedAnalyticsBench } from "./analytics-seed";
import { benchDatabase } from "./database";
import { cpuMeter, type CpuMeter } from "./pg-cpu";

const NAME = "suki_bench_analytics";
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 500;
const BUSINESS_ID = "bench-business";

/** What the overview needs beyond the migrated schema; the bench adds them for its second round. */
export const PROPOSED_INDEXES = [
  `CREATE INDEX IF NOT EXISTS "Purchase_businessId_occurredAt_sale_idx" ON "Purchase" ("businessId", "occurredAt") INCLUDE ("memberId", "amountMinor", "refundedMinor")`,
  `CREATE INDEX IF NOT EXISTS "LedgerEntry_businessId_kind_createdAt_points_idx" ON "LedgerEntry" ("businessId", kind, "createdAt") INCLUDE ("memberId", points)`,
  `CREATE INDEX IF NOT EXISTS "LedgerLot_businessId_open_idx" ON "LedgerLot" ("businessId", "expiresAt") INCLUDE (remaining) WHERE remaining > 0`,
  `CREATE INDEX IF NOT EXISTS "Member_businessId_joinedAt_idx" ON "Member" ("businessId", "joinedAt")`,
  `CREATE INDEX IF NOT EXISTS "Purchase_businessId_memberId_occurredAt_idx" ON "Purchase" ("businessId", "memberId", "occurredAt", "amountMinor", "refundedMinor")`,
];

async function main() {
  const database = process.env.BENCH_REUSE === "1" ? await reuseDatabase() : await freshDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();

  // Imported only now: lib/env.js reads DATABASE_URL when the module loads.
  const { pool } = await import("../lib/db/client");
  const { analyticsScope } = await import("../lib/analytics/scope");
  const { getAnalyticsOverview, OVERVIEW_QUERIES } = await import("../lib/analytics/overview");

  const counts = (await client.query<{ members: number; entries: number }>(
    `SELECT (SELECT COUNT(*) FROM "Member" WHERE "businessId" = $1)::int AS members, (SELECT COUNT(*) FROM "LedgerEntry" WHERE "businessId" = $1)::int AS entries`,
    [BUSINESS_ID],
  )).rows[0]!;
  console.log(`analytics bench: ${counts.members.toLocaleString("en")} members, ${counts.entries.toLocaleString("en")} ledger entries, median of ${RUNS} runs`);

  const meter = await cpuMeter(client);
  const load: number[] = [loadavg()[0]!];
  const scopeFor = (range: number) => analyticsScope({ businessId: BUSINESS_ID, timeZone: "Asia/Manila", search: { range: String(range) } });
  const show = (label: string, time: Timing, note = "") =>
    console.log(`  ${label.padEnd(12)} ${time.wall.toFixed(1).padStart(8)} ms${time.cpu === null ? "" : `   cpu ${time.cpu.toFixed(0).padStart(5)} ms`}${note}`);
  const round = async (label: string) => {
    console.log(`\n${label}`);
    const scope = scopeFor(30);
    const perQuery: Record<string, Timing> = {};
    for (const [name, run] of Object.entries(OVERVIEW_QUERIES)) {
      perQuery[name] = await median(() => run(scope), meter);
      show(name, perQuery[name]);
    }
    const total = await median(() => getAnalyticsOverview(scope), meter);
    const total365 = await median(() => getAnalyticsOverview(scopeFor(365)), meter);
    show("overview", total, `  (30 days, queries side by side)${total.wall <= BUDGET_MS ? "  ok" : `  OVER ${BUDGET_MS} ms`}`);
    show("overview", total365, "  (365 days)");
    return { perQuery, total, total365 };
  };

  const before = await round("schema as migrated");
  for (const statement of PROPOSED_INDEXES) await client.query(statement);
  await client.query("VACUUM ANALYZE");
  const after = await round("with the proposed indexes");
  load.push(loadavg()[0]!);
  console.log(`\nmachine load average (1 min) ${load.map((value) => value.toFixed(1)).join(" → ")} on ${cores()} cores; cpu: server time of the queries (without waiting for a core)`);

  await client.end();
  await pool.end();
  await database.stop();

  const result: Record<string, unknown> = {
    bench: "analytics",
    members: counts.members,
    ledger_entries: counts.entries,
    total_ms: ms(after.total.wall),
    ...Object.fromEntries(Object.entries(after.perQuery).map(([name, value]) => [`${name}_ms`, ms(value.wall)])),
    total_cpu_ms: after.total.cpu,
    ...Object.fromEntries(Object.entries(after.perQuery).map(([name, value]) => [`${name}_cpu_ms`, value.cpu])),
    total_365d_ms: ms(after.total365.wall),
    total_365d_cpu_ms: after.total365.cpu,
    total_without_proposed_indexes_ms: ms(before.total.wall),
    total_without_proposed_indexes_cpu_ms: before.total.cpu,
    runs: RUNS,
    load_average: Math.round(Math.max(...load) * 10) / 10,
  };
  if (after.total.wall > BUDGET_MS) process.exitCode = 1;
  console.log(JSON.stringify(result));
}

async function freshDatabase() {
  const database = await benchDatabase(NAME);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const started = performance.now();
    console.log(`seeding ${MEMBERS.toLocaleString("en")} members…`);
    const rewardIds = await createBusiness(client);
    const now = new Date();
    await seedAnalyticsBench(client, { businessId: BUSINESS_ID, rewardIds, tierIds: ["bench-tier-0", "bench-tier-1", "bench-tier-2"], members: MEMBERS, now }, console.log);
    await client.query("VACUUM ANALYZE");
    const checks = await ledgerChecks(client, BUSINESS_ID);
    console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s; ledger checks ${JSON.stringify(checks)}`);
    if (checks.balanceMismatches + checks.lotMismatches + checks.uncoveredDebits > 0) throw new Error("the seeded ledger breaks its invariants");
  } finally {
    await client.end();
  }
  const keep = process.env.BENCH_KEEP === "1";
  return { url: database.url, stop: keep ? async () => {} : database.stop };
}

async function reuseDatabase() {
  const server = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: async () => {} } : await ensureDatabase({ database: "postgres" });
  await createDatabaseIfMissing(withDatabaseName(server.url, "postgres"), NAME);
  const url = withDatabaseName(server.url, NAME);
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-only-secret-bench-only-secret-0000";
  process.env.CRON_SECRET ??= "bench-only-secret-bench-only-secret-0000";
  return { url, stop: server.stop };
}

async function createBusiness(client: pg.Client): Promise<string[]> {
  await client.query(
    `INSERT INTO "Business" (id, name, slug, currency, "timeZone", "senderName", "updatedAt") VALUES ($1, 'Bench café', 'bench-cafe', 'PHP', 'Asia/Manila', 'Bench', now())`,
    [BUSINESS_ID],
  );
  await client.query(
    `INSERT INTO "Program" (id, "businessId", "pointValueMinor", "programCostMonthlyMinor", "emailCostPerThousandMinor", "expiryPolicy", "expiryMonths", live, "updatedAt")
     VALUES ('bench-program', $1, 35, 500000, 10000, 'AFTER_EARN', 12, true, now())`,
    [BUSINESS_ID],
  );
  await client.query(
    `INSERT INTO "Tier" (id, "businessId", name, rank, threshold) VALUES
       ('bench-tier-0', $1, 'Suki', 0, 0), ('bench-tier-1', $1, 'Silver', 1, 500000), ('bench-tier-2', $1, 'Gold', 2, 1500000)`,
    [BUSINESS_ID],
  );
  const rewardIds = Array.from({ length: 8 }, (_, index) => `bench-reward-${index}`);
  await client.query(
    `INSERT INTO "Reward" (id, "businessId", kind, name, "pointsCost", "updatedAt")
     SELECT id, $1, 'FREE_ITEM', 'Reward ' || n, 50 * n, now() FROM unnest($2::text[]) WITH ORDINALITY AS r(id, n)`,
    [BUSINESS_ID, rewardIds],
  );
  return rewardIds;
}

type Timing = { wall: number; cpu: number | null };

/** Median wall-clock and server CPU time of `work` over RUNS runs, after one warm-up. */
async function median(work: () => Promise<unknown>, meter: CpuMeter): Promise<Timing> {
  await work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpuBefore = meter ? await meter.sample() : null;
    const started = performance.now();
    await work();
    walls.push(performance.now() - started);
    if (meter && cpuBefore) cpus.push(await meter.since(cpuBefore));
  }
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wall: middle(walls), cpu: meter ? middle(cpus) : null };
}

function cores(): number {
  return availableParallelism();
}

function ms(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
