// The earning rules as the engine applies them from the database: promotions in the
// business's time zone, qualifying categories, and the pending period against refunds.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestBusiness, createTestMember, nextReceipt } from "@/test/loyalty-fixture";
import { recordPurchase } from "./purchases";
import { redeemReward } from "./redeem";
import { refundPurchase } from "./refunds";

describe("earning rules through the engine", () => {
  it("doubles points on Tuesdays 16:00–18:00 Manila time, and only then", async () => {
    const cafe = await createTestBusiness();
    await db.promotion.create({
      data: { businessId: cafe.business.id, name: "Merienda double points", multiplierBp: 20_000, daysOfWeek: [2], startMinute: 16 * 60, endMinute: 18 * 60 },
    });
    const { memberId } = await createTestMember(cafe.business.id);
    const at = (iso: string) =>
      recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 30_000, currency: "PHP", externalId: nextReceipt(), occurredAt: new Date(iso) });
    expect((await at("2026-11-24T16:00:00+08:00")).pointsEarned).toBe(60); // Tuesday 16:00, inclusive
    expect((await at("2026-11-24T17:59:00+08:00")).pointsEarned).toBe(60);
    expect((await at("2026-11-24T18:00:00+08:00")).pointsEarned).toBe(30); // exclusive end
    expect((await at("2026-11-24T09:00:00+01:00")).pointsEarned).toBe(60); // 16:00 in Manila
    expect((await at("2026-11-25T16:30:00+08:00")).pointsEarned).toBe(30); // Wednesday
    const entry = await db.ledgerEntry.findFirstOrThrow({ where: { memberId, kind: "EARN", points: 60 } });
    expect(entry.reason).toBe("Merienda double points");
  });

  it("earns only on qualifying categories when the program names some", async () => {
    const shop = await createTestBusiness({ qualifyingCategories: ["coffee"] });
    const { memberId } = await createTestMember(shop.business.id);
    const result = await recordPurchase({
      businessId: shop.business.id,
      memberId,
      amountMinor: 50_000,
      currency: "PHP",
      externalId: nextReceipt(),
      items: [
        { sku: "latte", category: "coffee", quantity: 2, unitMinor: 15_000 },
        { sku: "mug", category: "merch", quantity: 1, unitMinor: 20_000 },
      ],
    });
    expect(result.pointsEarned).toBe(30);
  });

  it("keeps points pending for the pending period, and a refund inside it cancels them", async () => {
    const shop = await createTestBusiness({ pendingDays: 7 });
    const { memberId } = await createTestMember(shop.business.id);
    const bought = await recordPurchase({ businessId: shop.business.id, memberId, amountMinor: 150_000, currency: "PHP", externalId: nextReceipt() });
    expect(bought.balance).toBe(150);
    // Buy → redeem → return fails: the points are not spendable yet.
    await expect(redeemReward({ businessId: shop.business.id, memberId, rewardId: shop.coffee.id })).rejects.toMatchObject({ code: "insufficient_points" });
    const refund = await refundPurchase({ businessId: shop.business.id, purchaseId: bought.purchaseId });
    expect(refund).toMatchObject({ pointsReversed: 150, balance: 0 });
    const lot = await db.ledgerLot.findFirstOrThrow({ where: { purchaseId: bought.purchaseId } });
    expect(lot.remaining).toBe(0);
  });
});
