import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestBusiness, createTestMember, ledgerViolations, nextReceipt, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { adjustPoints } from "./adjust";
import { recordPurchase } from "./purchases";
import { redeemReward } from "./redeem";
import { cancelRedemption, useVoucher } from "./voucher-use";

let cafe: Awaited<ReturnType<typeof createTestBusiness>>;
let owner: string;

beforeAll(async () => {
  cafe = await createTestBusiness();
  owner = (await db.user.create({ data: { email: `owner-${nextReceipt()}@test.local` } })).id;
});

async function memberWith(points: number) {
  const { memberId } = await createTestMember(cafe.business.id);
  if (points > 0) await adjustPoints({ businessId: cafe.business.id, memberId, points, reason: "test credit" }, owner);
  return memberId;
}

const redeem = (memberId: string, rewardId = cafe.coffee.id, extra: Record<string, unknown> = {}) =>
  redeemReward({ businessId: cafe.business.id, memberId, rewardId, ...extra });

describe("redeeming a reward", () => {
  it("spends the points and issues a voucher that expires", async () => {
    const memberId = await memberWith(250);
    const result = await redeem(memberId);
    expect(result).toMatchObject({ pointsSpent: 100, balance: 150, rewardName: "Free coffee", code: expect.stringMatching(/^[2-9A-Z]{12}$/) });
    expect(new Date(result.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
  });

  it("refuses when the points are not enough, and changes nothing", async () => {
    const memberId = await memberWith(99);
    await expect(redeem(memberId)).rejects.toMatchObject({ code: "insufficient_points", message: "Not enough points." });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(99);
    expect(await db.redemption.count({ where: { memberId } })).toBe(0);
  });

  it("honours tier gates, stock, per-member limits and active windows", async () => {
    const gold = cafe.tiers[2]!;
    const gated = await db.reward.create({ data: { businessId: cafe.business.id, kind: "EVENT", name: "Preview", pointsCost: 10, minTierId: gold.id } });
    const scarce = await db.reward.create({ data: { businessId: cafe.business.id, kind: "FREE_ITEM", name: "Last cake", pointsCost: 10, stock: 1 } });
    const once = await db.reward.create({ data: { businessId: cafe.business.id, kind: "UPGRADE", name: "Large", pointsCost: 10, perMemberLimit: 1 } });
    const later = await db.reward.create({ data: { businessId: cafe.business.id, kind: "DISCOUNT", name: "Later", pointsCost: 10, activeFrom: new Date(Date.now() + 86_400_000) } });
    const memberId = await memberWith(500);
    await expect(redeem(memberId, gated.id)).rejects.toMatchObject({ code: "tier_locked" });
    await expect(redeem(memberId, later.id)).rejects.toMatchObject({ code: "reward_unavailable" });
    await redeem(memberId, scarce.id);
    await expect(redeem(await memberWith(50), scarce.id)).rejects.toMatchObject({ code: "out_of_stock" });
    await redeem(memberId, once.id);
    await expect(redeem(memberId, once.id)).rejects.toMatchObject({ code: "limit_reached" });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(480);
  });

  it("refuses another business's reward and member", async () => {
    const other = await createTestBusiness();
    const memberId = await memberWith(500);
    await expect(redeem(memberId, other.coffee.id)).rejects.toMatchObject({ code: "reward_not_found" });
    const stranger = await createTestMember(other.business.id);
    await expect(redeem(stranger.memberId)).rejects.toMatchObject({ code: "member_not_found" });
  });

  it("spends the same points once under 50 parallel redemptions", async () => {
    const memberId = await memberWith(730); // affords 7 coffees at 100
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => redeem(memberId)));
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    expect(won).toHaveLength(7);
    expect(lost.every((outcome) => outcome.reason.code === "insufficient_points")).toBe(true);
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(30);
    expect(await db.redemption.count({ where: { memberId } })).toBe(7);
  });

  it("spends once when the same confirmation is sent twice (double click)", async () => {
    const memberId = await memberWith(300);
    const key = `redeem-${nextReceipt()}`;
    const [first, second] = await Promise.all([redeem(memberId, cafe.coffee.id, { idempotencyKey: key }), redeem(memberId, cafe.coffee.id, { idempotencyKey: key })]);
    expect(first.code).toBe(second.code);
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(200);
  });

  it("spends points that expire soonest first, and not pending ones", async () => {
    const pendingCafe = await createTestBusiness({ pendingDays: 14 });
    const { memberId } = await createTestMember(pendingCafe.business.id);
    await recordPurchase({ businessId: pendingCafe.business.id, memberId, amountMinor: 200_000, currency: "PHP", externalId: nextReceipt() });
    const member = await db.member.findUniqueOrThrow({ where: { id: memberId } });
    expect(member.balance).toBe(200);
    await expect(redeemReward({ businessId: pendingCafe.business.id, memberId, rewardId: pendingCafe.coffee.id })).rejects.toMatchObject({ code: "insufficient_points" });
    const later = new Date(Date.now() + 15 * 86_400_000);
    await expect(redeemReward({ businessId: pendingCafe.business.id, memberId, rewardId: pendingCafe.coffee.id }, {}, later)).resolves.toMatchObject({ balance: 100 });
  });
});

describe("vouchers at the counter", () => {
  it("marks a voucher used once; a second use, a cancelled or an expired one are refused", async () => {
    const memberId = await memberWith(400);
    const { code } = await redeem(memberId);
    const used = await useVoucher({ businessId: cafe.business.id, code: `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8).toLowerCase()}` }, { userId: owner });
    expect(used).toMatchObject({ code, rewardName: "Free coffee", memberId });
    await expect(useVoucher({ businessId: cafe.business.id, code })).rejects.toMatchObject({ code: "already_used" });

    const second = await redeem(memberId);
    await cancelRedemption({ businessId: cafe.business.id, redemptionId: second.redemptionId, reason: "Changed mind" });
    await expect(useVoucher({ businessId: cafe.business.id, code: second.code })).rejects.toMatchObject({ code: "voucher_cancelled" });

    const third = await redeem(memberId);
    await expect(useVoucher({ businessId: cafe.business.id, code: third.code }, {}, new Date(Date.now() + 31 * 86_400_000))).rejects.toMatchObject({ code: "expired" });
    await expect(useVoucher({ businessId: cafe.business.id, code: "NOT-A-CODE" })).rejects.toMatchObject({ code: "voucher_not_found" });
  });

  it("refuses another business's voucher code", async () => {
    const memberId = await memberWith(200);
    const { code } = await redeem(memberId);
    const other = await createTestBusiness();
    await expect(useVoucher({ businessId: other.business.id, code })).rejects.toMatchObject({ code: "voucher_not_found" });
  });

  it("gives back points and stock when a voucher is cancelled", async () => {
    const scarce = await db.reward.create({ data: { businessId: cafe.business.id, kind: "FREE_ITEM", name: "Pie", pointsCost: 60, stock: 3 } });
    const memberId = await memberWith(100);
    const voucher = await redeem(memberId, scarce.id);
    expect((await db.reward.findUniqueOrThrow({ where: { id: scarce.id } })).stock).toBe(2);
    const back = await cancelRedemption({ businessId: cafe.business.id, redemptionId: voucher.redemptionId, reason: "Out of pie" });
    expect(back).toMatchObject({ status: "CANCELLED", pointsReturned: 60, balance: 100 });
    expect((await db.reward.findUniqueOrThrow({ where: { id: scarce.id } })).stock).toBe(3);
    await expect(cancelRedemption({ businessId: cafe.business.id, redemptionId: voucher.redemptionId, reason: "again" })).rejects.toMatchObject({ code: "voucher_cancelled" });
  });

  it("leaves the ledger consistent", async () => {
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });
});
