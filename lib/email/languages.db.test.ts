// Emails in the recipient's language: the member's own choice (User.locale), else the
// business's default language, with the business's currency and time zone (issue #10).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeResend } from "@/test/fake-resend";

const fake = await startFakeResend();
process.env.RESEND_API_KEY = fake.apiKey;
process.env.RESEND_BASE_URL = fake.url;
process.env.APP_URL = "https://rewards.example.test";
const { db } = await import("@/lib/db/client");
const { deliverOutbox } = await import("./deliver");
const { inTransaction } = await import("@/lib/loyalty/tx");
const { enqueueEmail } = await import("./outbox");
const { createTestBusiness, createTestMember } = await import("@/test/loyalty-fixture");

const fast = { requestsPerSecond: 200, quickRetryBaseMs: 20 };

afterAll(() => fake.close());
beforeEach(async () => {
  await db.emailMessage.updateMany({ where: { status: { in: ["PENDING", "SENDING"] } }, data: { status: "SUPPRESSED" } });
  fake.delivered.length = 0;
});

async function business(place: { currency: string; timeZone: string; locale: string }) {
  const { business } = await createTestBusiness();
  return db.business.update({ where: { id: business.id }, data: { ...place, senderName: "Ana" } });
}

/** A member whose only mail is the thank-you for a ₱/lei/₼ 450.00 visit on 12 March. */
async function thankYouTo(businessId: string, userLocale: string | null) {
  const { memberId, userId } = await createTestMember(businessId);
  await db.user.update({ where: { id: userId }, data: { locale: userLocale } });
  await db.emailMessage.updateMany({ where: { memberId }, data: { status: "SUPPRESSED" } });
  const now = new Date();
  await inTransaction((tx) =>
    enqueueEmail(tx, {
      businessId, memberId, kind: "thank-you", dedupeKey: `thank-you/lang-${memberId}`, now,
      props: { name: "Ioana", amountMinor: 45_000, occurredAt: "2026-03-12T10:30:00.000Z", pointsEarned: 45, balance: 1_240 },
    }),
  );
  expect(await deliverOutbox(fast)).toMatchObject({ sent: 1, failed: 0 });
  const [mail] = fake.delivered;
  return mail!;
}

describe("emails in the recipient's language", () => {
  it("writes to a bookshop's member in Romanian, with lei, when the business speaks Romanian", async () => {
    const shop = await business({ currency: "RON", timeZone: "Europe/Bucharest", locale: "ro" });
    const mail = await thankYouTo(shop.id, null);
    expect(mail.subject).toBe("Ana îți mulțumește pentru vizită");
    expect(mail.text).toContain("Vizita ta (450,00\u00a0lei) ți-a adus 45 de puncte; acum ai 1.240 de puncte.");
    expect(mail.text).toContain("12 martie 2026");
    expect(mail.html).toContain('lang="ro"');
  });

  it("writes in Azerbaijani, with manat, when the business speaks Azerbaijani", async () => {
    const shop = await business({ currency: "AZN", timeZone: "Asia/Baku", locale: "az" });
    const mail = await thankYouTo(shop.id, null);
    expect(mail.subject).toBe("Ana gəlişiniz üçün təşəkkür edir");
    expect(mail.text).toContain("Gəlişiniz (450,00\u00a0₼) sizə 45 bal qazandırdı");
    expect(mail.text).toContain("12 mart 2026");
  });

  it("follows the member's own choice over the business's default", async () => {
    const cafe = await business({ currency: "PHP", timeZone: "Asia/Manila", locale: "en" });
    const mail = await thankYouTo(cafe.id, "ro");
    expect(mail.subject).toBe("Ana îți mulțumește pentru vizită");
    expect(mail.text).toContain("450,00\u00a0₱");
    fake.delivered.length = 0;
    const english = await thankYouTo(cafe.id, null);
    expect(english.subject).toBe("Thank you for coming by, from Ana");
    expect(english.text).toContain("Your visit (₱450.00) earned you 45 points; you now have 1,240.");
  });

  it("counts visits the way each language does in the milestone subject", async () => {
    const shop = await business({ currency: "AZN", timeZone: "Asia/Baku", locale: "az" });
    const subjects: string[] = [];
    for (const visits of [3, 10]) {
      const { memberId } = await createTestMember(shop.id);
      await db.emailMessage.updateMany({ where: { memberId }, data: { status: "SUPPRESSED" } });
      const now = new Date();
      await inTransaction((tx) =>
        enqueueEmail(tx, { businessId: shop.id, memberId, kind: "milestone", dedupeKey: `milestone/${visits}-visits/${memberId}`, props: { name: null, milestone: { kind: "visits", visits } }, now }),
      );
    }
    await deliverOutbox(fast);
    subjects.push(...fake.delivered.map((mail) => mail.subject));
    expect(subjects.sort()).toEqual([`10-cu gəlişiniz! · ${shop.name}`, `3-cü gəlişiniz! · ${shop.name}`]);
  });
});
