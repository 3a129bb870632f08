import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestBusiness, createTestMember, ledgerViolations, nextReceipt, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { recordPurchase } from "./purchases";
import { redeemReward } from "./redeem";
import { refundPurchase } from "./refunds";

let cafe: Awaited<ReturnType<typeof createTestBusiness>>;

beforeAll(async () => {
  cafe = await createTestBusiness();
});

async function bought(amountMinor: number) {
  const { memberId } = await createTestMember(cafe.business.id);
  const purchase = await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor, currency: "PHP", externalId: nextReceipt() });
  return { memberId, purchaseId: purchase.purchaseId, earned: purchase.pointsEarned };
}

const refund = (purchaseId: string, amountMinor?: number, idempotencyKey?: string) =>
  refundPurchase({ businessId: cafe.business.id, purchaseId, amountMinor, idempotencyKey });

const balanceOf = async (memberId: string) => (await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance;

describe("refunds", () => {
  it("reverses points in proportion, and partial refunds add up to exactly a full one", async () => {
    const { memberId, purchaseId, earned } = await bought(99_900); // 99 points
    expect(earned).toBe(99);
    const parts = [await refund(purchaseId, 33_300), await refund(purchaseId, 33_300), await refund(purchaseId, 33_300)];
    expect(parts.map((part) => part.pointsReversed)).toEqual([33, 33, 33]);
    expect(await balanceOf(memberId)).toBe(0);
    const { earned: again, purchaseId: other } = await bought(99_900);
    expect((await refund(other)).pointsReversed).toBe(again);
  });

  it("never refunds more than the purchase, and a refused refund changes nothing", async () => {
    const { memberId, purchaseId } = await bought(50_000);
    await refund(purchaseId, 30_000);
    await expect(refund(purchaseId, 30_000)).rejects.toMatchObject({ code: "refund_exceeds_purchase" });
    await expect(refund(purchaseId, -5)).rejects.toMatchObject({ code: "invalid_input" });
    expect(await balanceOf(memberId)).toBe(20);
    expect((await db.purchase.findUniqueOrThrow({ where: { id: purchaseId } })).refundedMinor).toBe(30_000);
  });

  it("replays a refund sent twice with the same key", async () => {
    const { purchaseId } = await bought(40_000);
    const key = `refund-${nextReceipt()}`;
    const first = await refund(purchaseId, 10_000, key);
    expect(await refund(purchaseId, 10_000, key)).toEqual({ ...first, replayed: true });
    await expect(refund(purchaseId, 20_000, key)).rejects.toMatchObject({ code: "idempotency_conflict" });
    expect((await db.purchase.findUniqueOrThrow({ where: { id: purchaseId } })).refundedMinor).toBe(10_000);
  });

  it("may leave the balance negative after the points were spent; redemption waits until earnings cover it", async () => {
    const { memberId, purchaseId } = await bought(150_000); // 150 points
    await redeemReward({ businessId: cafe.business.id, memberId, rewardId: cafe.coffee.id });
    expect(await balanceOf(memberId)).toBe(50);
    expect((await refund(purchaseId)).balance).toBe(-100);
    await expect(redeemReward({ businessId: cafe.business.id, memberId, rewardId: cafe.coffee.id })).rejects.toMatchObject({ code: "negative_balance" });
    await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 250_000, currency: "PHP", externalId: nextReceipt() });
    expect(await balanceOf(memberId)).toBe(150);
    await expect(redeemReward({ businessId: cafe.business.id, memberId, rewardId: cafe.coffee.id })).resolves.toMatchObject({ balance: 50 });
  });

  it("stays consistent when a refund races redemptions on the same member", async () => {
    for (let round = 0; round < 5; round++) {
      const { memberId, purchaseId } = await bought(300_000); // 300 points
      const outcomes = await Promise.allSettled([
        refund(purchaseId),
        redeemReward({ businessId: cafe.business.id, memberId, rewardId: cafe.coffee.id }),
        redeemReward({ businessId: cafe.business.id, memberId, rewardId: cafe.coffee.id }),
      ]);
      expect(outcomes[0]!.status).toBe("fulfilled");
      const redeemed = outcomes.slice(1).filter((outcome) => outcome.status === "fulfilled").length;
      expect(await balanceOf(memberId)).toBe(0 - 100 * redeemed);
    }
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("refuses another business's purchase", async () => {
    const other = await createTestBusiness();
    const { purchaseId } = await bought(10_000);
    await expect(refundPurchase({ businessId: other.business.id, purchaseId })).rejects.toMatchObject({ code: "purchase_not_found" });
  });
});
