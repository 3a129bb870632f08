// `npm run bench:outbox`: delivers 10,000 queued messages (half transactional vouchers, half
// marketing milestones with unsubscribe headers) through the real outbox path — claim,
// cadence and preference checks, React Email rendering, the `resend` SDK — to a local fake
// Resend that enforces 2 requests per second (sliding window, 429 + retry-after beyond it).
// The provider limit alone forces messages / (100 × 2) seconds; overhead_ratio is how much
// longer the run took than that. The last line is one JSON object.
import pg from "pg";
import { startFakeResend } from "../test/fake-resend";
import { benchDatabase } from "./database";

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 2);
const BATCH = 100;

async function main() {
  const { url, stop } = await benchDatabase("suki_bench_outbox");
  const fake = await startFakeResend({ requestsPerSecond: RATE });
  Object.assign(process.env, { RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, NODE_ENV: "production" });
  // Imported only now: lib/env.js reads the environment when the module loads.
  const { db, pool } = await import("../lib/db/client");
  const { deliverOutbox } = await import("../lib/email/deliver");

  const business = await db.business.create({
    data: { name: "Bench café", slug: "bench-cafe", currency: "PHP", timeZone: "Asia/Manila", senderName: "Bench", program: { create: { earnPoints: 1, earnPerMinor: 1000 } } },
  });
  await queueMessages(url, business.id, MESSAGES);
  console.log(`outbox bench: ${MESSAGES} messages queued; fake Resend allows ${RATE} requests/s × ${BATCH} per batch`);

  const started = performance.now();
  const summary = await deliverOutbox({ requestsPerSecond: RATE, maxSeconds: 3600 });
  const seconds = (performance.now() - started) / 1000;

  const sent = await db.emailMessage.count({ where: { status: "SENT" } });
  const unique = new Set(fake.delivered.map((d) => d.ref)).size;
  const rateLimited = fake.requests.filter((r) => r.status === 429).length;
  await db.$disconnect();
  await pool.end();
  await fake.close();
  await stop();

  const forced = MESSAGES / (BATCH * RATE);
  const result = {
    bench: "outbox",
    messages: MESSAGES,
    seconds: round(seconds, 2),
    messages_per_s: round(MESSAGES / seconds, 1),
    overhead_ratio: round((seconds - forced) / forced, 4),
    provider_limit_seconds: forced,
    requests: fake.requests.length,
    rate_limited: rateLimited,
    sent,
    delivered: fake.delivered.length,
    delivered_twice: fake.delivered.length - unique,
    failed: summary.failed,
  };
  console.log(`delivered: ${result.delivered} (${result.delivered_twice} twice), SENT rows ${sent}, ${result.requests} requests, ${rateLimited} answered 429`);
  console.log(`time:      ${result.seconds} s for ${MESSAGES} messages = ${result.messages_per_s} messages/s`);
  console.log(`overhead:  ${(result.overhead_ratio * 100).toFixed(2)}% over the ${forced} s the provider limit forces (target < 10%)`);
  console.log(JSON.stringify(result));
}

/** Members and outbox rows in bulk SQL: set-up only, not what the bench measures. */
async function queueMessages(url: string, businessId: string, count: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO "User" (id, email, "updatedAt") SELECT 'bu' || i, 'bench-' || i || '@bench.local', now() FROM generate_series(1, $1) i`,
    [count],
  );
  await client.query(
    `INSERT INTO "Member" (id, "businessId", "userId", number, "marketingConsent", "emailPreferences", "unsubscribeToken", "referralCode", "displayName", "updatedAt")
     SELECT 'bm' || i, $2, 'bu' || i, 1000 + i, true, '{"thankYou":true,"milestones":true,"offers":true}', 'bench-unsubscribe-token-' || i, 'R' || i, 'Guest ' || i, now()
     FROM generate_series(1, $1) i`,
    [count, businessId],
  );
  // Odd members get a voucher (transactional), even ones a milestone (marketing, with headers).
  await client.query(
    `INSERT INTO "EmailMessage" (id, "businessId", "memberId", kind, "dedupeKey", "toEmail", subject, payload)
     SELECT 'be' || lpad(i::text, 6, '0'), $2, 'bm' || i,
       CASE WHEN i % 2 = 1 THEN 'voucher-issued' ELSE 'milestone' END,
       'bench/' || i, 'bench-' || i || '@bench.local', 'pending',
       CASE WHEN i % 2 = 1
         THEN jsonb_build_object('props', jsonb_build_object('name', 'Guest ' || i, 'rewardName', 'Free coffee', 'code', 'CODE' || i, 'expiresAt', '2026-12-31T00:00:00.000Z'))
         ELSE jsonb_build_object('props', jsonb_build_object('name', 'Guest ' || i, 'milestone', jsonb_build_object('kind', 'visits', 'visits', 10)))
       END
     FROM generate_series(1, $1) i`,
    [count, businessId],
  );
  await client.end();
}


const round = (value: number, digits = 1) => Number(value.toFixed(digits));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
