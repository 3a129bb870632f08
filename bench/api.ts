// `npm run bench:api`: POST /api/v1/purchases through a real `next start` (production build,
// its own database) under autocannon at 8 and 32 connections, beside a raw-SQL baseline of the
// same writes on the same database in the same run, and GET /api/health, a route that does
// nothing, for the ceiling Next itself sets on this machine.
// The baseline ("the same writes") is every row the API's request writes, in hand-written SQL
// with the same transactions and commit modes: the key's rate-limit counter, the
// Idempotency-Key claim and the member's earn-limit counter (each its own statement, committed
// without waiting for the WAL flush, as lib/db/async-commit.ts has the app do), then the
// purchase itself in one transaction that waits for the flush (lock, purchase, ledger credit,
// its lot, balance), then the stored answer. A second baseline writes the purchase's
// transaction alone, for comparison with earlier figures ("engine writes only").
// Every request has a unique receipt id and Idempotency-Key, so each one is a real write; the
// business is a plain one of the bench's own, so the engine writes what the baseline writes.
// Prints requests/s, p50/p95/p99, the ratio, the server's peak RSS and the CPU time each
// request costs the Next server and PostgreSQL (steady even when other work shares the
// machine, unlike requests/s); the last line is one JSON object (the 8-connection figures).
//   BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (20), BENCH_PORT (3470), SUKI_DIST_DIR (.next-bench-api; rebuilt every run
//   unless BENCH_REUSE_BUILD=1), BENCH_IDEMPOTENCY=0 to send no Idempotency-Key (and leave the
//   claim and the stored answer out of the baseline).
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import pg from "pg";
import { hashApiKey } from "../lib/api/api-key-hash";
import { ASYNC_COMMIT } from "../lib/db/async-commit";
import { ensureDatabase } from "../lib/db/embedded";
import { percentile, runClients } from "./load";
import { buildApp, startApp, stopApp, waitForApp } from "./next-server";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// A fresh server needs ~20 s of traffic before its throughput settles (JIT compilation, each
// pooled connection preparing its statements): 300 req/s in the first 6 s, 650 by the fourth
// 6 s on the 2-core machine. The figures are for the settled server.
const WARM_UP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3470);
const DIST = process.env.SUKI_DIST_DIR ?? ".next-bench-api";
const DATABASE = "suki_bench_api";
const IDEMPOTENCY = process.env.BENCH_IDEMPOTENCY !== "0";

type Phase = { rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number; cpu: CpuPerRequest };
/** CPU milliseconds per request: the Next server, PostgreSQL's backends of the bench database, this process (load generator or baseline client). */
type CpuPerRequest = { server: number; db: number; driver: number };

async function main() {
  // The build must be of the code being measured; BENCH_REUSE_BUILD=1 skips it when it is.
  buildApp(DIST, process.env.BENCH_REUSE_BUILD !== "1");
  const server = startApp(PORT, DIST, { SUKI_DATABASE_NAME: DATABASE, SUKI_RESET_DATABASE: "1" });
  try {
    await waitForApp(server, PORT);
    // The launcher has the embedded cluster running by now; this only looks up its URL.
    const { url } = await ensureDatabase({ database: DATABASE });
    const setup = await prepare(url);
    const pool = new pg.Pool({ connectionString: url, max: 40 });
    const rss = watchRss(server.pid!);
    const cpu = cpuMeter(server.pid!);

    await load(setup, 8, WARM_UP_SECONDS, "warm-up", cpu);
    await baseline(pool, setup, 8, 3, cpu, rawPurchase);
    await baseline(pool, setup, 8, 3, cpu, rawEngineWrites);
    rss.reset();
    const api8 = await load(setup, 8, SECONDS, "api", cpu);
    const rss8 = rss.peak();
    const raw8 = await baseline(pool, setup, 8, SECONDS, cpu, rawPurchase);
    const engine8 = await baseline(pool, setup, 8, SECONDS, cpu, rawEngineWrites);
    const api32 = await load(setup, 32, SECONDS, "api", cpu);
    const rss32 = rss.peak();
    const raw32 = await baseline(pool, setup, 32, SECONDS, cpu, rawPurchase);
    rss.stop();
    const rssMb = Math.max(rss8, rss32);
    // Last, so its faster request rate does not grow the heap the purchase phases report.
    const noop8 = await load(setup, 8, SECONDS, "noop", cpu);

    const written = await pool.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "Purchase" WHERE "businessId" = $1 AND "externalId" LIKE 'bench-api-%'`, [setup.businessId]);
    const mismatches = await pool.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM (SELECT m.id FROM "Member" m LEFT JOIN "LedgerEntry" l ON l."memberId" = m.id
        WHERE m.id = ANY($1) GROUP BY m.id, m.balance HAVING m.balance <> COALESCE(SUM(l.points), 0)) v`,
      [setup.apiMembers],
    );
    await pool.end();

    const line = (label: string, api: Phase, raw: Phase) =>
      console.log(
        `${label}: API ${api.rps} req/s  p50 ${api.p50} ms  p95 ${api.p95} ms  p99 ${api.p99} ms  (non-2xx ${api.non2xx}, errors ${api.errors})` +
          ` | raw SQL ${raw.rps} tx/s  p95 ${raw.p95} ms | ratio ${round(api.rps / raw.rps, 3)}`,
      );
    const cpuLine = (label: string, phase: Phase) =>
      console.log(`  ${label}: server ${phase.cpu.server} + PostgreSQL ${phase.cpu.db} + client ${phase.cpu.driver} = ${cpuTotal(phase)} ms`);
    console.log(`api bench: ${SECONDS} s per phase, POST /api/v1/purchases, Idempotency-Key ${IDEMPOTENCY ? "on" : "off"}`);
    line(" 8 connections", api8, raw8);
    line("32 connections", api32, raw32);
    console.log(` 8 connections: raw SQL of the purchase's transaction alone (engine writes only) ${engine8.rps} tx/s  p95 ${engine8.p95} ms | ratio ${round(api8.rps / engine8.rps, 3)}`);
    console.log(` 8 connections: GET /api/health (does nothing) ${noop8.rps} req/s  p95 ${noop8.p95} ms: Next's own ceiling, ratio ${round(noop8.rps / raw8.rps, 3)} to the baseline`);
    console.log(`CPU per request at 8 connections (ms):`);
    cpuLine("API purchase   ", api8);
    cpuLine("raw SQL, same  ", raw8);
    cpuLine("raw SQL, engine", engine8);
    cpuLine("GET /api/health", noop8);
    console.log(`  with every core busy, throughput goes as 1 / CPU per request: the baseline's CPU over the API's bounds the ratio at ${round(cpuTotal(raw8) / cpuTotal(api8), 3)}`);
    console.log(`server RSS peak: ${rssMb} MB (8 connections ${rss8}, 32 connections ${rss32})   purchases written through the API: ${written.rows[0]!.n}   balance mismatches: ${mismatches.rows[0]!.n}`);
    console.log(`targets: ratio ≥ 0.4, p95 < 50 ms at 8 connections, RSS < 400 MB`);
    console.log(
      JSON.stringify({
        bench: "api",
        connections: 8,
        seconds: SECONDS,
        rps: api8.rps,
        baseline_rps: raw8.rps,
        ratio: round(api8.rps / raw8.rps, 3),
        p50_ms: api8.p50,
        p95_ms: api8.p95,
        p99_ms: api8.p99,
        rss_mb: rssMb,
        noop_rps: noop8.rps,
        cpu_ms_api: cpuTotal(api8),
        cpu_ms_baseline: cpuTotal(raw8),
        baseline_engine_writes_rps: engine8.rps,
        ratio_engine_writes: round(api8.rps / engine8.rps, 3),
        cpu_ms_baseline_engine_writes: cpuTotal(engine8),
        cpu_ms_noop: cpuTotal(noop8),
        cpu_bound_ratio: round(cpuTotal(raw8) / cpuTotal(api8), 3),
        rps_32: api32.rps,
        baseline_rps_32: raw32.rps,
        ratio_32: round(api32.rps / raw32.rps, 3),
        p95_ms_32: api32.p95,
        non2xx: api8.non2xx + api32.non2xx,
        balance_mismatches: mismatches.rows[0]!.n,
      }),
    );
  } finally {
    await stopApp(server);
  }
}

type Setup = { businessId: string; key: string; keyId: string; apiMembers: string[]; rawMembers: string[] };

/**
 * A café of the bench's own with a plain program (1 point per ₱10, no tiers, cards or
 * promotions), like bench/ledger.ts's, so the engine's writes are the baseline's writes;
 * 200 members, half for the API and half for the baseline; a key without a practical limit.
 */
async function prepare(url: string): Promise<Setup> {
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.CRON_SECRET ??= randomBytes(32).toString("base64url");
  // Imported only now: lib/env.js reads DATABASE_URL when the module loads.
  const { db, pool } = await import("../lib/db/client");
  const { enrollMember } = await import("../lib/loyalty/members");
  const tag = randomBytes(3).toString("hex");
  const business = await db.business.create({
    data: { name: "Bench café", slug: `bench-api-${tag}`, currency: "PHP", timeZone: "Asia/Manila", senderName: "Bench", program: { create: { earnPoints: 1, earnPerMinor: 1000 } } },
  });
  const key = `sk_bench_${randomBytes(16).toString("hex")}`;
  const apiKey = await db.apiKey.create({
    data: { businessId: business.id, name: "bench", hash: hashApiKey(key), prefix: key.slice(0, 12), scopes: ["purchases:write"], rateLimitPerMinute: 100_000_000 },
  });
  const members: string[] = [];
  for (let index = 0; index < 200; index++) {
    const user = await db.user.create({ data: { email: `bench-${tag}-${index}@bench.local` } });
    members.push((await enrollMember({ businessId: business.id, userId: user.id })).memberId);
  }
  await db.$disconnect();
  await pool.end();
  return { businessId: business.id, key, keyId: apiKey.id, apiMembers: members.slice(0, 100), rawMembers: members.slice(100) };
}

let receipt = 0;

async function load(setup: Setup, connections: number, seconds: number, label: string, cpu: CpuMeter): Promise<Phase> {
  const latencies: number[] = [];
  const noop: autocannon.Options = { url: `http://127.0.0.1:${PORT}/api/health`, connections, duration: seconds };
  const options: autocannon.Options = label === "noop" ? noop : {
    url: `http://127.0.0.1:${PORT}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: "/api/v1/purchases",
        setupRequest: (request) => {
          receipt += 1;
          const memberId = setup.apiMembers[receipt % setup.apiMembers.length]!;
          const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${setup.key}` };
          if (IDEMPOTENCY) headers["idempotency-key"] = `bench-${label}-${receipt}`;
          return { ...request, headers, body: JSON.stringify({ memberId, amount: 45_000, currency: "PHP", externalId: `bench-${label}-${receipt}` }) };
        },
      },
    ],
  };
  const started = cpu.start();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    rps: round(result.requests.total / (result.duration || seconds)),
    p50: round(percentile(latencies, 50), 2),
    p95: round(percentile(latencies, 95), 2),
    p99: round(percentile(latencies, 99), 2),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpu: cpu.perRequest(started, result.requests.total),
  };
}

type RawWrite = (pool: pg.Pool, setup: Setup, memberId: string, externalId: string) => Promise<void>;

async function baseline(pool: pg.Pool, setup: Setup, clients: number, seconds: number, cpu: CpuMeter, write: RawWrite): Promise<Phase> {
  const perClient = Math.max(1, Math.floor(setup.rawMembers.length / clients));
  const started = cpu.start();
  const result = await runClients(clients, seconds, async (client, iteration) => {
    const memberId = setup.rawMembers[(client * perClient + (iteration % perClient)) % setup.rawMembers.length]!;
    await write(pool, setup, memberId, `bench-raw-${++receipt}`);
  });
  return {
    rps: round(result.count / result.seconds),
    p50: round(percentile(result.latencies, 50), 2),
    p95: round(percentile(result.latencies, 95), 2),
    p99: round(percentile(result.latencies, 99), 2),
    non2xx: 0,
    errors: result.errors,
    cpu: cpu.perRequest(started, result.count),
  };
}

/**
 * Every write of one POST /api/v1/purchases, hand-written, in the API's order and commit modes:
 * the key's per-minute counter, the Idempotency-Key claim, the member's earn counter, the
 * purchase's transaction, the stored answer. Named statements, as the app's are.
 */
const rawPurchase: RawWrite = async (pool, setup, memberId, externalId) => {
  const now = Date.now();
  await pool.query({
    name: "raw-key-counter",
    text: `INSERT INTO "ApiRateLimit" (key, points, expire) SELECT $1, 1, $2::bigint + 60000 FROM ${ASYNC_COMMIT}
           ON CONFLICT (key) DO UPDATE SET points = CASE WHEN "ApiRateLimit".expire <= $2::bigint THEN 1 ELSE "ApiRateLimit".points + 1 END,
             expire = CASE WHEN "ApiRateLimit".expire <= $2::bigint THEN $2::bigint + 60000 ELSE "ApiRateLimit".expire END`,
    values: [`raw-key:${setup.keyId}`, now],
  });
  const idempotencyKey = `http/${externalId}`;
  if (IDEMPOTENCY) {
    await pool.query({
      name: "raw-claim",
      text: `INSERT INTO "IdempotencyRecord" ("businessId", key, fingerprint, result) SELECT $1, $2, $3, 'null'::jsonb FROM ${ASYNC_COMMIT} ON CONFLICT DO NOTHING`,
      values: [setup.businessId, idempotencyKey, randomBytes(32).toString("hex")],
    });
  }
  await pool.query({
    name: "raw-earn-counter",
    text: `INSERT INTO "RateLimit" (key, points, expire) SELECT $1, 1, (now() AT TIME ZONE 'UTC') + interval '1 minute' FROM ${ASYNC_COMMIT}
           ON CONFLICT (key) DO UPDATE SET
             points = CASE WHEN "RateLimit".expire <= (now() AT TIME ZONE 'UTC') THEN 1 ELSE "RateLimit".points + 1 END,
             expire = CASE WHEN "RateLimit".expire <= (now() AT TIME ZONE 'UTC') THEN EXCLUDED.expire ELSE "RateLimit".expire END`,
    values: [`raw-earn:${setup.businessId}:${memberId}`],
  });
  const purchaseId = await rawEngineTransaction(pool, setup.businessId, memberId, externalId);
  if (IDEMPOTENCY) {
    await pool.query({
      name: "raw-answer",
      text: `UPDATE "IdempotencyRecord" SET result = $3::jsonb FROM ${ASYNC_COMMIT} WHERE "businessId" = $1 AND key = $2`,
      values: [setup.businessId, idempotencyKey, JSON.stringify({ status: 201, body: { purchaseId, memberId, pointsEarned: 45 } })],
    });
  }
};

/** The purchase's transaction alone: the baseline of earlier runs (engine writes only). */
const rawEngineWrites: RawWrite = async (pool, setup, memberId, externalId) => {
  await rawEngineTransaction(pool, setup.businessId, memberId, externalId);
};

/**
 * A hand-written earn of the same rows the engine writes for this plain program: lock, purchase,
 * ledger credit, the credit's lot (what later redemptions and expiry consume), balance. Named
 * statements, as the engine's are (lib/db/sql.ts), so plan caching favours neither side.
 */
async function rawEngineTransaction(pool: pg.Pool, businessId: string, memberId: string, externalId: string): Promise<string> {
  const client = await pool.connect();
  const entryId = randomId();
  try {
    await client.query("BEGIN");
    await client.query({ name: "raw-lock", text: `SELECT id FROM "Member" WHERE id = $1 FOR UPDATE`, values: [memberId] });
    const purchase = await client.query<{ id: string }>({
      name: "raw-purchase",
      text: `INSERT INTO "Purchase" (id, "businessId", "memberId", "amountMinor", currency, "externalId", "occurredAt")
             VALUES ($1, $2, $3, 45000, 'PHP', $4, now()) RETURNING id`,
      values: [randomId(), businessId, memberId, externalId],
    });
    const purchaseId = purchase.rows[0]!.id;
    await client.query({
      name: "raw-entry",
      text: `INSERT INTO "LedgerEntry" (id, "businessId", "memberId", kind, points, "purchaseId", "idempotencyKey") VALUES ($1, $2, $3, 'EARN', 45, $4, $5)`,
      values: [entryId, businessId, memberId, purchaseId, `earn/${purchaseId}`],
    });
    await client.query({
      name: "raw-lot",
      text: `INSERT INTO "LedgerLot" ("entryId", "businessId", "memberId", remaining, "purchaseId", "createdAt") VALUES ($1, $2, $3, 45, $4, now())`,
      values: [entryId, businessId, memberId, purchaseId],
    });
    await client.query({
      name: "raw-balance",
      text: `UPDATE "Member" SET balance = balance + 45, "lifetimeEarned" = "lifetimeEarned" + 45, "lastActivityAt" = now() WHERE id = $1`,
      values: [memberId],
    });
    await client.query("COMMIT");
    return purchaseId;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

type CpuMeter = { start: () => CpuStart; perRequest: (since: CpuStart, requests: number) => CpuPerRequest };
type CpuStart = { server: number; driver: number; backends: Map<number, number> };

/**
 * CPU time per request of the Next server, of PostgreSQL's backends serving the bench database
 * (the cluster may be shared with other work; its backends name their database in their
 * title), and of this process. A backend that ends mid-phase takes its time with it, so the
 * database figure is a floor; the pools keep their connections open under load.
 */
function cpuMeter(rootPid: number): CpuMeter {
  const server = () => serverPids(rootPid).reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const driver = () => {
    const own = process.cpuUsage();
    return (own.user + own.system) / 1e6;
  };
  return {
    start: () => ({ server: server(), driver: driver(), backends: new Map(databaseBackends().map((pid) => [pid, cpuSeconds(pid)])) }),
    perRequest: (since, requests) => {
      // Backends that started during the phase count from zero.
      const db = databaseBackends().reduce((sum, pid) => sum + cpuSeconds(pid) - (since.backends.get(pid) ?? 0), 0);
      const per = (seconds: number) => round((seconds * 1000) / Math.max(1, requests), 3);
      return { server: per(server() - since.server), db: per(db), driver: per(driver() - since.driver) };
    },
  };
}

const cpuTotal = (phase: Phase) => round(phase.cpu.server + phase.cpu.db + phase.cpu.driver, 3);

function databaseBackends(): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => safeRead(`/proc/${pid}/cmdline`).startsWith(`postgres: suki ${DATABASE} `));
}

/** utime + stime of a process, in seconds (clock ticks are 1/100 s on Linux). */
function cpuSeconds(pid: number): number {
  const stat = safeRead(`/proc/${pid}/stat`);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Peak resident memory of the Next server process(es) below the launcher, sampled. */
function watchRss(rootPid: number) {
  let peakKb = 0;
  const sample = () => {
    const kb = serverPids(rootPid).reduce((sum, pid) => sum + rssKb(pid), 0);
    peakKb = Math.max(peakKb, kb);
  };
  const timer = setInterval(sample, 250);
  return {
    reset: () => (peakKb = 0),
    peak: () => (sample(), Math.round(peakKb / 1024)),
    stop: () => clearInterval(timer),
  };
}

function serverPids(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    for (const child of children.get(pid) ?? []) {
      queue.push(child);
      const command = safeRead(`/proc/${child}/cmdline`).replaceAll("\0", " ");
      // Next's server process names itself next-server; the launcher and PostgreSQL are not the app.
      if (command.startsWith("next-server") || command.includes("next/dist/bin/next start")) found.push(child);
    }
  }
  return found;
}

function rssKb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(safeRead(`/proc/${pid}/status`));
  return match ? Number(match[1]) : 0;
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

const randomId = () => `b${randomBytes(12).toString("hex")}`;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
