// Outbox delivery through the real `resend` SDK against a local fake Resend (test/fake-resend.ts).
import { spawn } from "node:child_process";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeResend } from "@/test/fake-resend";

const fake = await startFakeResend();
// lib/env.js reads the environment when first imported, so it is set before any import of it.
process.env.RESEND_API_KEY = fake.apiKey;
process.env.RESEND_BASE_URL = fake.url;
process.env.APP_URL = "https://rewards.example.test";
const { db } = await import("@/lib/db/client");
const { deliverOutbox } = await import("./deliver");
const { unsubscribeWithToken } = await import("@/lib/portal/profile");
const { inTransaction } = await import("@/lib/loyalty/tx");
const { enqueueEmail } = await import("./outbox");
const { createTestBusiness, createTestMember } = await import("@/test/loyalty-fixture");

const fast = { requestsPerSecond: 200, quickRetryBaseMs: 20 };
const { business } = await createTestBusiness();

afterAll(() => fake.close());
beforeEach(async () => {
  await db.emailMessage.updateMany({ where: { status: { in: ["PENDING", "SENDING"] } }, data: { status: "SUPPRESSED" } });
  fake.delivered.length = 0;
  fake.requests.length = 0;
  fake.onAccepted = undefined;
});

/** Enrolling queues a welcome email per member: n members, n transactional messages. */
async function queueWelcomes(n: number): Promise<string[]> {
  const members = [];
  for (let i = 0; i < n; i++) members.push(await createTestMember(business.id));
  return members.map((m) => m.memberId);
}

async function statuses() {
  const rows = await db.emailMessage.groupBy({ by: ["status"], where: { businessId: business.id }, _count: true });
  return Object.fromEntries(rows.map((row) => [row.status, row._count]));
}

function refsDeliveredTwice(): string[] {
  const seen = new Set<string>();
  return fake.delivered.flatMap((d) => (seen.has(d.ref) ? [d.ref] : (seen.add(d.ref), [])));
}

describe("outbox delivery", () => {
  it("sends in batches of up to 100, each keyed by its first row id", async () => {
    await queueWelcomes(230);
    const summary = await deliverOutbox(fast);
    expect(summary).toMatchObject({ claimed: 230, sent: 230, failed: 0 });
    expect(fake.requests.map((r) => r.size).sort()).toEqual([100, 100, 30].sort());
    for (const request of fake.requests) expect(request.idempotencyKey).toMatch(/^outbox\/\S+$/);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(3);
    expect(fake.delivered).toHaveLength(230);
    expect(refsDeliveredTwice()).toEqual([]);
    const sent = await db.emailMessage.findMany({ where: { kind: "welcome", status: "SENT", businessId: business.id }, select: { providerId: true, subject: true } });
    expect(sent.every((row) => row.providerId?.startsWith("fake_") && row.subject.startsWith("Welcome to"))).toBe(true);
  });

  it("waits out a 429 for its retry-after and re-sends the same batch", async () => {
    await queueWelcomes(3);
    fake.script({ status: 429, retryAfter: 1 });
    const started = Date.now();
    const summary = await deliverOutbox(fast);
    expect(summary.sent).toBe(3);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(fake.requests[1]!.at - fake.requests[0]!.at).toBeGreaterThanOrEqual(950);
    expect(fake.requests[0]!.idempotencyKey).toBe(fake.requests[1]!.idempotencyKey);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await db.emailMessage.count({ where: { businessId: business.id, status: "SENT", attempts: 1, kind: "welcome", sentAt: { gte: new Date(started) } } })).toBe(3);
  });

  it("retries a 500 with backoff and succeeds", async () => {
    await queueWelcomes(2);
    fake.script({ status: 500 });
    const summary = await deliverOutbox(fast);
    expect(summary).toMatchObject({ sent: 2, failed: 0 });
    expect(fake.requests.map((r) => r.status)).toEqual([500, 200]);
    expect(fake.delivered).toHaveLength(2);
  });

  it("puts a persistently failing batch off, then marks it FAILED with the reason after N attempts", async () => {
    await queueWelcomes(2);
    fake.script({ status: 503, message: "provider down" }, { status: 503, message: "provider down" });
    const first = await deliverOutbox({ ...fast, quickRetries: 0, maxAttempts: 2 });
    expect(first).toMatchObject({ sent: 0, retried: 2 });
    // It may have been accepted behind the 503: it waits as the same batch, to be re-sent under the same key.
    const waiting = await db.emailMessage.findMany({ where: { businessId: business.id, status: "SENDING" } });
    expect(waiting).toHaveLength(2);
    expect(new Set(waiting.map((row) => row.batchKey)).size).toBe(1);
    expect(waiting[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect(waiting[0]!.lastError).toContain("provider down");

    const later = new Date(Date.now() + 3_600_000);
    const second = await deliverOutbox({ ...fast, quickRetries: 0, maxAttempts: 2, now: () => later });
    expect(second.failed).toBe(2);
    const failed = await db.emailMessage.findMany({ where: { businessId: business.id, status: "FAILED" } });
    expect(failed.map((row) => row.lastError)).toEqual(["Gave up after 2 attempts: 503: provider down", "Gave up after 2 attempts: 503: provider down"]);
    expect(new Set(fake.requests.map((r) => r.idempotencyKey)).size).toBe(1);
  });

  it("sends the rest of a batch one by one when one address is refused", async () => {
    const [bad] = await queueWelcomes(3);
    await db.emailMessage.updateMany({ where: { memberId: bad, kind: "welcome" }, data: { toEmail: "not-an-address" } });
    const summary = await deliverOutbox(fast);
    expect(summary).toMatchObject({ sent: 2, failed: 1 });
    const failed = await db.emailMessage.findFirstOrThrow({ where: { memberId: bad, kind: "welcome" } });
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toContain("Invalid `to` field");
  });

  it("loses nothing and sends nothing twice when the delivering process is killed mid-batch", async () => {
    const members = await queueWelcomes(250);
    let accepted = 0;
    // Node itself with tsx as a loader: one process, so the kill hits the deliverer, not a wrapper.
    const child = spawn(process.execPath, ["--import", "tsx", "--import", "./bench/server-only-hook.mjs", "test/outbox-child.ts"], {
      env: { ...process.env, NODE_ENV: "test" },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal ? -1 : _code)));
    // The second batch reaches the provider and is accepted, but the process dies before it
    // hears back, let alone marks anything SENT.
    fake.onAccepted = async () => {
      if (++accepted === 2) {
        child.kill("SIGKILL");
        await exited;
      }
    };
    expect(await exited).toBe(-1);
    fake.onAccepted = undefined;
    // Dead for real: nothing else reaches the provider until the next run.
    const requestsAtDeath = fake.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.requests.length).toBe(requestsAtDeath);
    expect(fake.delivered.length).toBeGreaterThanOrEqual(200);
    expect((await statuses()).SENDING).toBeGreaterThan(0);

    // The next run, once the dead run's lease is over, finishes the job.
    const afterLease = new Date(Date.now() + 10 * 60_000);
    await deliverOutbox({ ...fast, now: () => afterLease });
    const mine = await db.emailMessage.findMany({ where: { memberId: { in: members }, kind: "welcome" }, select: { id: true, status: true } });
    expect(mine).toHaveLength(250);
    expect(mine.every((row) => row.status === "SENT")).toBe(true);
    const delivered = new Set(fake.delivered.map((d) => d.ref));
    expect(mine.every((row) => delivered.has(row.id))).toBe(true);
    expect(refsDeliveredTwice()).toEqual([]);
    // The killed batch was re-sent under its old key, byte for byte (else 409), and dropped by
    // the provider as a repeat.
    expect(fake.requests.filter((r) => r.status === 409)).toEqual([]);
    const keys = fake.requests.filter((r) => r.status === 200).map((r) => r.idempotencyKey);
    expect(keys.length).toBeGreaterThan(new Set(keys).size);
  }, 60_000);

  it("suppresses marketing for an unsubscribed member at send time, and adds one-click headers otherwise", async () => {
    const [gone, stays] = await queueWelcomes(2);
    await deliverOutbox(fast);
    fake.delivered.length = 0;
    const now = new Date();
    for (const memberId of [gone!, stays!]) {
      await inTransaction((tx) => enqueueEmail(tx, { businessId: business.id, memberId, kind: "milestone", dedupeKey: `milestone/5-visits/${memberId}`, props: { name: "Ana", milestone: { kind: "visits", visits: 5 } }, now }));
    }
    const token = (await db.member.findUniqueOrThrow({ where: { id: gone! } })).unsubscribeToken;
    expect(await unsubscribeWithToken(token)).not.toBeNull();
    const summary = await deliverOutbox(fast);
    expect(summary).toMatchObject({ sent: 1, skipped: 1 });
    expect((await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `milestone/5-visits/${gone}` } })).status).toBe("SUPPRESSED");
    const [mail] = fake.delivered;
    const stayToken = (await db.member.findUniqueOrThrow({ where: { id: stays! } })).unsubscribeToken;
    expect(mail!.headers["List-Unsubscribe"]).toBe(`<https://rewards.example.test/unsubscribe/${stayToken}/one-click>`);
    expect(mail!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.text).toContain("YOUR 5TH VISIT!");
    expect(mail!.html).toContain("Your 5th visit!");
  });

  it("fails a row that cannot be rendered, alone, and sends the rest of its batch", async () => {
    const [broken, fine] = await queueWelcomes(2);
    const now = new Date();
    await inTransaction((tx) => enqueueEmail(tx, { businessId: business.id, memberId: broken!, kind: "milestone", dedupeKey: `milestone/broken/${broken}`, props: { milestone: { kind: "no-such-kind" } }, now }));
    await db.emailMessage.updateMany({ where: { memberId: broken, kind: "milestone" }, data: { payload: { props: { milestone: null } } } });
    const summary = await deliverOutbox(fast);
    expect(summary).toMatchObject({ sent: 2, failed: 1 });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `milestone/broken/${broken}` } });
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toMatch(/^Could not render: /);
    expect(fake.delivered.map((d) => d.ref)).toHaveLength(2);
    void fine;
  });

  it("drops account mail that waited too long to still be useful (after an outage)", async () => {
    const [memberId] = await queueWelcomes(1);
    await db.emailMessage.updateMany({ where: { memberId, kind: "welcome" }, data: { createdAt: new Date(Date.now() - 10 * 86_400_000) } });
    expect(await deliverOutbox(fast)).toMatchObject({ sent: 0, skipped: 1 });
    const row = await db.emailMessage.findFirstOrThrow({ where: { memberId, kind: "welcome" } });
    expect([row.status, row.lastError]).toEqual(["SUPPRESSED", "Too old to be worth sending"]);
    expect(fake.delivered).toEqual([]);
  });

  it("sends one marketing mail per member per gap: the most important wins, the rest wait", async () => {
    const [memberId] = await queueWelcomes(1);
    await deliverOutbox(fast);
    fake.delivered.length = 0;
    const now = new Date();
    await inTransaction(async (tx) => {
      await enqueueEmail(tx, { businessId: business.id, memberId: memberId!, kind: "thank-you", dedupeKey: `thank-you/p1-${memberId}`, props: { name: null, amountMinor: 10000, occurredAt: now.toISOString(), pointsEarned: 10, balance: 10 }, now });
      await enqueueEmail(tx, { businessId: business.id, memberId: memberId!, kind: "milestone", dedupeKey: `milestone/10-visits/${memberId}`, props: { name: null, milestone: { kind: "visits", visits: 10 } }, now });
    });
    await deliverOutbox(fast);
    expect(fake.delivered.map((d) => d.subject)).toEqual([expect.stringContaining("10th visit")]);
    const thanks = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `thank-you/p1-${memberId}` } });
    expect(thanks.status).toBe("PENDING");
    expect(thanks.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime() + 6 * 86_400_000);
  });
});
