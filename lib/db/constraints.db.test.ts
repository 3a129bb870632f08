// The database itself refuses bad rows, whatever code path writes them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

let businessId: string;
let memberId: string;

beforeAll(async () => {
  const business = await db.business.create({
    data: { name: "Test Café", slug: "test-cafe", currency: "PHP", timeZone: "Asia/Manila", senderName: "Test" },
  });
  businessId = business.id;
  const user = await db.user.create({ data: { email: "member@test.local" } });
  const member = await db.member.create({
    data: { businessId, userId: user.id, number: 1, unsubscribeToken: "tok-1", referralCode: "REF00001" },
  });
  memberId = member.id;
});

function credit(points: number, kind: "EARN" | "BONUS" | "REDEEM" | "EXPIRE" | "REVERSAL" | "ADJUST" = "EARN", reason?: string) {
  return db.ledgerEntry.create({ data: { businessId, memberId, kind, points, reason } });
}

describe("ledger rows", () => {
  it("accepts well-signed entries", async () => {
    await expect(credit(10, "EARN")).resolves.toMatchObject({ points: 10 });
    await expect(credit(-5, "REDEEM")).resolves.toMatchObject({ points: -5 });
    await expect(credit(-3, "ADJUST", "Spilled coffee")).resolves.toMatchObject({ points: -3 });
  });

  it.each([
    [0, "EARN"],
    [-10, "EARN"],
    [-10, "BONUS"],
    [10, "REDEEM"],
    [10, "EXPIRE"],
    [0, "REVERSAL"],
  ] as const)("refuses %i points of kind %s", async (points, kind) => {
    await expect(credit(points, kind)).rejects.toThrow(/LedgerEntry_points_sign/);
  });

  it("refuses a manual adjustment without a reason", async () => {
    await expect(credit(5, "ADJUST")).rejects.toThrow(/LedgerEntry_adjust_has_reason/);
    await expect(credit(5, "ADJUST", "   ")).rejects.toThrow(/LedgerEntry_adjust_has_reason/);
  });

  it("is append-only: updates, deletes and truncation are refused", async () => {
    const entry = await credit(7);
    await expect(db.ledgerEntry.update({ where: { id: entry.id }, data: { points: 700 } })).rejects.toThrow(/append-only/);
    await expect(db.ledgerEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "LedgerEntry" CASCADE')).rejects.toThrow(/append-only/);
    await expect(db.ledgerEntry.findUniqueOrThrow({ where: { id: entry.id } })).resolves.toMatchObject({ points: 7 });
  });

  it("keeps idempotency keys unique per business", async () => {
    await db.ledgerEntry.create({ data: { businessId, memberId, kind: "EARN", points: 1, idempotencyKey: "k-1" } });
    await expect(
      db.ledgerEntry.create({ data: { businessId, memberId, kind: "EARN", points: 1, idempotencyKey: "k-1" } }),
    ).rejects.toThrow(/Unique constraint/);
  });
});

describe("money and rewards", () => {
  it("refuses a purchase of zero or a refund beyond the amount", async () => {
    const base = { businessId, currency: "PHP", occurredAt: new Date() };
    await expect(db.purchase.create({ data: { ...base, amountMinor: 0, externalId: "p-0" } })).rejects.toThrow(
      /Purchase_amount_positive/,
    );
    await expect(
      db.purchase.create({ data: { ...base, amountMinor: 100, refundedMinor: 101, externalId: "p-1" } }),
    ).rejects.toThrow(/Purchase_refund_within_amount/);
    await expect(db.purchase.create({ data: { ...base, amountMinor: 100, currency: "php", externalId: "p-2" } })).rejects.toThrow(
      /Purchase_currency_iso/,
    );
  });

  it("refuses the same external purchase id twice in one business", async () => {
    const base = { businessId, currency: "PHP", occurredAt: new Date(), amountMinor: 4500 };
    await db.purchase.create({ data: { ...base, externalId: "till-42" } });
    await expect(db.purchase.create({ data: { ...base, externalId: "till-42" } })).rejects.toThrow(/Unique constraint/);
  });

  it("refuses a free reward and a partner reward without a partner", async () => {
    await expect(
      db.reward.create({ data: { businessId, kind: "FREE_ITEM", name: "Free", pointsCost: 0 } }),
    ).rejects.toThrow(/Reward_points_cost_positive/);
    await expect(
      db.reward.create({ data: { businessId, kind: "PARTNER", name: "Bread", pointsCost: 100 } }),
    ).rejects.toThrow(/Reward_partner_named/);
  });

  it("refuses a business with a malformed slug or currency", async () => {
    const base = { name: "X", timeZone: "UTC", senderName: "X" };
    await expect(db.business.create({ data: { ...base, slug: "Bad Slug", currency: "EUR" } })).rejects.toThrow(
      /Business_slug_format/,
    );
    await expect(db.business.create({ data: { ...base, slug: "ok-slug", currency: "EU" } })).rejects.toThrow();
  });
});
