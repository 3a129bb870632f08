// The scheduled routes end to end: the cron secret, and every job run twice doing its work once.
import { afterAll, describe, expect, it } from "vitest";
import { startFakeResend } from "@/test/fake-resend";

const fake = await startFakeResend();
process.env.RESEND_API_KEY = fake.apiKey;
process.env.RESEND_BASE_URL = fake.url;
const { db } = await import("@/lib/db/client");
const { recordPurchase } = await import("@/lib/loyalty/purchases");
const { createTestBusiness, createTestMember, nextReceipt } = await import("@/test/loyalty-fixture");
const routes = {
  "thank-you": await import("./thank-you/route"),
  milestones: await import("./milestones/route"),
  "expiring-points": await import("./expiring-points/route"),
  "expire-points": await import("./expire-points/route"),
  outbox: await import("./outbox/route"),
};

afterAll(() => fake.close());

const DAY = 86_400_000;
const call = (job: keyof typeof routes, authorization?: string) =>
  routes[job].GET(new Request(`http://localhost/api/cron/${job}`, { headers: authorization ? { authorization } : {} }));
const run = async (job: keyof typeof routes) => {
  const response = await call(job, `Bearer ${process.env.CRON_SECRET}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, number>;
};

describe("cron routes", () => {
  it.each(Object.keys(routes) as (keyof typeof routes)[])("%s refuses a missing or wrong secret", async (job) => {
    expect((await call(job)).status).toBe(401);
    expect((await call(job, `Bearer ${process.env.CRON_SECRET}x`)).status).toBe(401);
    expect((await call(job, `Basic ${process.env.CRON_SECRET}`)).status).toBe(401);
  });

  it("queue and deliver each notice once, however often they run", async () => {
    const cafe = await createTestBusiness({ expiryPolicy: "AFTER_EARN", expiryMonths: 1 });
    const businessId = cafe.business.id;
    const { memberId } = await createTestMember(businessId);
    await db.member.update({ where: { id: memberId }, data: { marketingConsent: true, emailPreferences: { thankYou: true, milestones: true, offers: true } } });
    // Five visits this week (the fifth-visit milestone); the points of the first, 20 days ago, expire within 14 days.
    const times = [20, 3, 1.5, 1, 0.5].map((days) => new Date(Date.now() - days * DAY));
    for (const at of times) {
      await recordPurchase({ businessId, memberId, amountMinor: 25_000, currency: "PHP", externalId: nextReceipt(), occurredAt: at }, {}, at);
    }

    expect(await run("thank-you")).toEqual({ queued: 3 }); // the 20-day-old one is too old to thank
    expect(await run("thank-you")).toEqual({ queued: 0 });
    // The fifth visit and ₱1,000 spent this week; the filled 5-stamp card was queued by the purchase itself.
    expect((await run("milestones")).milestones).toBe(2);
    expect((await run("milestones")).milestones).toBe(0);
    const milestones = await db.emailMessage.findMany({ where: { memberId, kind: "milestone" }, select: { dedupeKey: true } });
    expect(milestones.map((m) => m.dedupeKey.replace(`/${memberId}`, "").replace(/punch-card-\S+-1$/, "punch-card")).sort()).toEqual(
      ["milestone/5-visits", "milestone/punch-card", "milestone/spend-100000"],
    );
    expect(await run("expiring-points")).toEqual({ queued: 1 });
    expect(await run("expiring-points")).toEqual({ queued: 0 });

    const first = await run("outbox");
    // Welcome, the punch card's voucher and points-expiring are transactional; of the
    // marketing mail only one milestone wins the week.
    expect(first).toMatchObject({ sent: 4, failed: 0 });
    expect(await run("outbox")).toMatchObject({ claimed: 0, sent: 0 });
    const subjects = fake.delivered.map((d) => d.subject);
    expect(subjects).toHaveLength(4);
    expect(subjects).toEqual(
      expect.arrayContaining([/^Welcome to /, / expire on /, /^Your voucher: Free coffee$/, / · Café /].map((re) => expect.stringMatching(re))),
    );
    // The rest of the week's marketing waits for the next gap.
    expect(await db.emailMessage.count({ where: { memberId, kind: { in: ["thank-you", "milestone"] }, status: "PENDING" } })).toBe(5);

    const expireAt = await run("expire-points");
    expect(expireAt.businesses).toBeGreaterThanOrEqual(1);
    expect((await run("expire-points")).lotsExpired).toBe(0);
  });
});
