// `npm run bench:load`: a mixed load against a production `next start` (its own build dir and
// database, the demo data seeded): 16 closed-loop clients for a fixed time, each request
// drawn from a mix of 70% member-portal page views (signed in, server render included), 20%
// POS purchases and 10% POS redemptions (real writes, unique receipt ids and Idempotency-Keys).
// Reports throughput, p50/p95/p99 per class, errors, the server's memory every 10 s, and the
// ledger invariants (DESIGN.md §4) checked over the whole database afterwards; the last line
// is one JSON object.
//   BENCH_SECONDS (600), BENCH_CLIENTS (16), BENCH_PORT (3490), BENCH_SAMPLE_SECONDS (10),
//   SUKI_DIST_DIR (.next-load; built when missing, BENCH_REBUILD=1 to force).
//   DATABASE_URL: run on that server (a database suki_bench_load is created beside the one it
//   names, seeded, and dropped again) instead of the embedded PostgreSQL.
// The per-member abuse limits are raised for the run (their statements still execute): a few
// hundred demo members absorb far more purchases and redemptions a minute than a real till.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { encode } from "@auth/core/jwt";
import pg from "pg";
import { hashApiKey } from "../lib/api/api-key-hash";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "../lib/db/admin";
import { ensureDatabase } from "../lib/db/embedded";
import { percentile } from "./load";
import { buildApp, startApp, stopApp, waitForApp } from "./next-server";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 600);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const PORT = Number(process.env.BENCH_PORT ?? 3490);
const SAMPLE_SECONDS = Number(process.env.BENCH_SAMPLE_SECONDS ?? 10);
const DIST = process.env.SUKI_DIST_DIR ?? ".next-load";
const DATABASE = "suki_bench_load";
const BASE = `http://127.0.0.1:${PORT}`;
const AUTH_SECRET = randomBytes(32).toString("base64url");
const SESSION_COOKIE = "authjs.session-token";
const PAGES = ["", "/history", "/rewards", "/card"];
// What a phone's browser sends (fetch's default, "*", is not a language).
const BROWSER = { "accept-language": "en-PH,en;q=0.9" };

type Kind = "page" | "purchase" | "redeem";
type Sample = { second: number; rssMb: number; load: number };
type Setup = { slug: string; key: string; rewardId: string; sessions: string[]; buyers: string[]; redeemers: string[] };

async function main() {
  buildApp(DIST);
  const external = process.env.DATABASE_URL;
  let databaseEnv: Record<string, string> = { SUKI_DATABASE_NAME: DATABASE, SUKI_RESET_DATABASE: "1" };
  if (external) {
    const admin = withDatabaseName(external, "postgres");
    await dropDatabase(admin, DATABASE);
    await createDatabaseIfMissing(admin, DATABASE);
    databaseEnv = { DATABASE_URL: withDatabaseName(external, DATABASE), SUKI_SEED_DEMO: "1" };
  }
  const server = startApp(PORT, DIST, {
    ...databaseEnv,
    AUTH_SECRET,
    CRON_SECRET: randomBytes(32).toString("base64url"),
    AUTH_URL: BASE,
    APP_URL: BASE,
    LOG_LEVEL: "warn",
    SUKI_LIMIT_EARN_PER_MEMBER_MINUTE: "1000000",
    SUKI_LIMIT_REDEEM_PER_MEMBER_MINUTE: "1000000",
  });
  try {
    await waitForApp(server, PORT);
    const url = external ? withDatabaseName(external, DATABASE) : (await ensureDatabase({ database: DATABASE })).url;
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const setup = await prepare(pool);

    console.log(`load bench: ${CLIENTS} clients, ${SECONDS} s, mix 70% portal pages / 20% POS purchases / 10% POS redemptions`);
    await drive(setup, Math.min(15, SECONDS), () => {});
    const samples: Sample[] = [];
    const started = performance.now();
    // The machine's load average beside the memory: figures from a busy machine read differently.
    const sample = () => samples.push({ second: Math.round((performance.now() - started) / 1000), rssMb: serverRssMb(server.pid!), load: Math.round(loadavg()[0]! * 10) / 10 });
    sample();
    const timer = setInterval(sample, SAMPLE_SECONDS * 1000);
    const result = await drive(setup, SECONDS, (second, done) => {
      if (second % 60 === 0) console.log(`  ${second} s: ${done} requests`);
    });
    clearInterval(timer);
    sample();

    const violations = await invariantViolations(pool);
    await pool.end();
    report(result, samples, violations);
  } finally {
    await stopApp(server);
    if (external) await dropDatabase(withDatabaseName(external, "postgres"), DATABASE);
  }
}

/** A bench API key, a plain reward to redeem, points for the redeemers, and member sessions. */
async function prepare(pool: pg.Pool): Promise<Setup> {
  const business = (await pool.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Business" WHERE slug = 'kape-suki'`)).rows[0]!;
  const key = `sk_bench_load_${randomBytes(16).toString("hex")}`;
  await pool.query(
    `INSERT INTO "ApiKey" (id, "businessId", name, hash, prefix, scopes, "rateLimitPerMinute") VALUES ($1, $2, 'bench load', $3, $4, $5, 100000000)`,
    [randomBytes(12).toString("hex"), business.id, hashApiKey(key), key.slice(0, 12), ["purchases:write", "redemptions:write", "members:read"]],
  );
  const rewardId = `bench${randomBytes(10).toString("hex")}`;
  await pool.query(`INSERT INTO "Reward" (id, "businessId", kind, name, "pointsCost", "updatedAt") VALUES ($1, $2, 'FREE_ITEM', 'Bench sticker', 10, now())`, [rewardId, business.id]);
  const members = (
    await pool.query<{ id: string; userId: string }>(`SELECT id, "userId" FROM "Member" WHERE "businessId" = $1 AND status = 'ACTIVE' AND "userId" IS NOT NULL ORDER BY number`, [business.id])
  ).rows;
  const redeemers = members.slice(0, Math.ceil(members.length / 2)).map((member) => member.id);
  // Enough points for every redemption of the run: one large purchase each, through the API.
  for (const memberId of redeemers) {
    const response = await post("/api/v1/purchases", key, { memberId, amount: 50_000_000, currency: "PHP", externalId: `bench-load-float-${memberId}` });
    if (response.status !== 201) throw new Error(`topping up ${memberId} answered ${response.status}`);
  }
  const sessions = await Promise.all(
    members.slice(0, 60).map(async (member) => {
      const token = await encode({ token: { sub: member.userId, authTime: Math.floor(Date.now() / 1000) }, secret: AUTH_SECRET, salt: SESSION_COOKIE });
      return `${SESSION_COOKIE}=${token}`;
    }),
  );
  const check = await fetch(`${BASE}/portal/${business.slug}`, { headers: { ...BROWSER, cookie: sessions[0]! }, redirect: "manual" });
  await check.arrayBuffer();
  if (check.status !== 200) throw new Error(`a bench session was refused (${check.status})`);
  return { slug: business.slug, key, rewardId, sessions, buyers: members.map((member) => member.id), redeemers };
}

async function post(path: string, key: string, body: unknown, idempotencyKey?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${key}` };
  if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
  const response = await fetch(BASE + path, { method: "POST", headers, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return response;
}

type Result = { seconds: number; latencies: Record<Kind, number[]>; errors: number; errorSamples: string[] };

let sequence = 0;

async function drive(setup: Setup, seconds: number, progress: (second: number, done: number) => void): Promise<Result> {
  const latencies: Record<Kind, number[]> = { page: [], purchase: [], redeem: [] };
  const errorSamples: string[] = [];
  let errors = 0;
  let done = 0;
  let lastSecond = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let iteration = client; performance.now() < deadline; iteration += CLIENTS) {
        const n = ++sequence;
        const slot = iteration % 10;
        const kind: Kind = slot < 7 ? "page" : slot < 9 ? "purchase" : "redeem";
        const begun = performance.now();
        try {
          const status = await request(setup, kind, n);
          if (status >= 300) throw new Error(`${kind} answered ${status}`);
          latencies[kind].push(performance.now() - begun);
        } catch (error) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(error instanceof Error ? error.message : String(error));
        }
        done++;
        const second = Math.floor((performance.now() - started) / 1000);
        if (second !== lastSecond) {
          lastSecond = second;
          progress(second, done);
        }
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, errors, errorSamples };
}

async function request(setup: Setup, kind: Kind, n: number): Promise<number> {
  if (kind === "page") {
    const cookie = setup.sessions[n % setup.sessions.length]!;
    const response = await fetch(`${BASE}/portal/${setup.slug}${PAGES[n % PAGES.length]}`, { headers: { ...BROWSER, cookie }, redirect: "manual" });
    await response.arrayBuffer();
    return response.status;
  }
  const tag = `bench-load-${process.pid}-${n}`;
  if (kind === "purchase") {
    const memberId = setup.buyers[n % setup.buyers.length]!;
    return (await post("/api/v1/purchases", setup.key, { memberId, amount: 45_000, currency: "PHP", externalId: tag }, tag)).status;
  }
  const memberId = setup.redeemers[n % setup.redeemers.length]!;
  return (await post("/api/v1/redemptions", setup.key, { memberId, rewardId: setup.rewardId }, tag)).status;
}

/** DESIGN.md §4 over the whole database: each offending row counts once. */
async function invariantViolations(pool: pg.Pool): Promise<Record<string, number>> {
  const count = async (sql: string) => Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM (${sql}) v`)).rows[0]!.n);
  return {
    balance_not_ledger_sum: await count(
      `SELECT m.id FROM "Member" m LEFT JOIN "LedgerEntry" l ON l."memberId" = m.id GROUP BY m.id, m.balance HAVING m.balance <> COALESCE(SUM(l.points), 0)`,
    ),
    lot_remaining_not_points_minus_allocations: await count(
      `SELECT l.id FROM "LedgerEntry" l LEFT JOIN "LedgerLot" c ON c."entryId" = l.id WHERE l.points > 0
         AND (c."entryId" IS NULL OR c.remaining <> l.points - COALESCE((SELECT SUM(a.points) FROM "LedgerAllocation" a WHERE a."lotId" = l.id), 0))`,
    ),
    overdrawn_lots: await count(`SELECT l.id FROM "LedgerEntry" l JOIN "LedgerAllocation" a ON a."lotId" = l.id GROUP BY l.id, l.points HAVING SUM(a.points) > l.points`),
    negative_balance_without_refund: await count(
      `SELECT m.id FROM "Member" m WHERE m.balance < 0 AND NOT EXISTS (SELECT 1 FROM "LedgerEntry" l WHERE l."memberId" = m.id AND l.kind = 'REVERSAL')`,
    ),
  };
}

function report(result: Result, samples: Sample[], violations: Record<string, number>) {
  const round = (value: number) => Math.round(value * 10) / 10;
  const api = [...result.latencies.purchase, ...result.latencies.redeem];
  const total = result.latencies.page.length + api.length;
  const stats = (values: number[]) => ({ count: values.length, p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), p99: round(percentile(values, 99)) });
  const line = (label: string, values: number[]) => {
    const s = stats(values);
    console.log(`  ${label.padEnd(16)} ${String(s.count).padStart(7)} ok   p50 ${s.p50} ms   p95 ${s.p95} ms   p99 ${s.p99} ms`);
  };
  const invariantTotal = Object.values(violations).reduce((sum, value) => sum + value, 0);
  console.log(`\nload bench: ${round(result.seconds)} s, ${CLIENTS} clients, ${total} requests ok, ${round(total / result.seconds)} req/s, ${result.errors} errors`);
  line("portal pages", result.latencies.page);
  line("POS purchases", result.latencies.purchase);
  line("POS redemptions", result.latencies.redeem);
  line("POS API (both)", api);
  for (const sample of result.errorSamples) console.log(`  error: ${sample}`);
  console.log(`  server RSS every ${SAMPLE_SECONDS} s (MB): ${samples.map((sample) => sample.rssMb).join(" ")}`);
  console.log(`  machine load average (1 min) at the same times: ${samples.map((sample) => sample.load).join(" ")}`);
  console.log(`  ledger invariants: ${invariantTotal === 0 ? "all hold" : JSON.stringify(violations)}`);
  console.log(`targets: zero errors and invariant violations, p95 < 200 ms for pages and < 50 ms for API calls, memory flat`);
  const page = stats(result.latencies.page);
  const apiStats = stats(api);
  const rss = samples.map((sample) => sample.rssMb);
  console.log(
    JSON.stringify({
      bench: "load",
      seconds: round(result.seconds),
      clients: CLIENTS,
      requests: total,
      throughput_rps: round(total / result.seconds),
      errors: result.errors,
      invariant_violations: invariantTotal,
      p50_page_ms: page.p50,
      p95_page_ms: page.p95,
      p99_page_ms: page.p99,
      p50_api_ms: apiStats.p50,
      p95_api_ms: apiStats.p95,
      p99_api_ms: apiStats.p99,
      p95_purchase_ms: stats(result.latencies.purchase).p95,
      p95_redeem_ms: stats(result.latencies.redeem).p95,
      rss_mb_start: rss[0] ?? 0,
      rss_mb_end: rss.at(-1) ?? 0,
      rss_mb_max: Math.max(0, ...rss),
      rss_mb_samples: rss,
      load_avg_max: Math.max(0, ...samples.map((sample) => sample.load)),
    }),
  );
}

/** Resident memory of the Next server process(es) below the launcher, in MB. */
function serverRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = safeRead(`/proc/${entry}/stat`);
    if (!stat) continue;
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let kb = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      queue.push(child);
      const command = safeRead(`/proc/${child}/cmdline`).replaceAll("\0", " ");
      if (command.startsWith("next-server") || command.includes("next/dist/bin/next start")) kb += Number(/VmRSS:\s+(\d+) kB/.exec(safeRead(`/proc/${child}/status`))?.[1] ?? 0);
    }
  }
  return Math.round(kb / 1024);
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

main().catch((error: unknown) => {
  console.error(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
