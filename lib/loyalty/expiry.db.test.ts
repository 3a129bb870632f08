import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestBusiness, createTestMember, ledgerViolations, nextReceipt, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { expirePoints } from "./expiry";
import { recordPurchase } from "./purchases";
import { redeemReward } from "./redeem";
import { useVoucher } from "./voucher-use";

const DAY = 86_400_000;

describe("expiry", () => {
  it("expires only what is left of lots past their date, once", async () => {
    const cafe = await createTestBusiness({ expiryPolicy: "AFTER_EARN", expiryMonths: 12 });
    const { memberId } = await createTestMember(cafe.business.id);
    const yearAgo = new Date(Date.now() - 400 * DAY);
    const old = { businessId: cafe.business.id, memberId, currency: "PHP", occurredAt: yearAgo };
    await recordPurchase({ ...old, amountMinor: 150_000, externalId: nextReceipt() }, {}, yearAgo); // 150, expired
    await recordPurchase({ ...old, amountMinor: 80_000, externalId: nextReceipt(), occurredAt: new Date() }); // 80, fresh
    // Spending 100 of the soon-to-expire lot before the run (nearest expiry goes first).
    const voucher = await redeemReward({ businessId: cafe.business.id, memberId, rewardId: cafe.coffee.id }, {}, new Date(yearAgo.getTime() + DAY));
    await useVoucher({ businessId: cafe.business.id, code: voucher.code }, {}, new Date(yearAgo.getTime() + 2 * DAY));
    const run = await expirePoints(cafe.business.id);
    expect(run).toMatchObject({ membersTouched: 1, lotsExpired: 1, pointsExpired: 50 });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(80);
    expect(await expirePoints(cafe.business.id)).toMatchObject({ lotsExpired: 0, pointsExpired: 0 });
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("expires the whole balance after months without activity under the inactivity policy", async () => {
    const cafe = await createTestBusiness({ expiryPolicy: "INACTIVITY", expiryMonths: 6 });
    const sleeper = await createTestMember(cafe.business.id);
    const regular = await createTestMember(cafe.business.id);
    const longAgo = new Date(Date.now() - 220 * DAY);
    await recordPurchase({ businessId: cafe.business.id, memberId: sleeper.memberId, amountMinor: 90_000, currency: "PHP", externalId: nextReceipt(), occurredAt: longAgo }, {}, longAgo);
    await recordPurchase({ businessId: cafe.business.id, memberId: regular.memberId, amountMinor: 90_000, currency: "PHP", externalId: nextReceipt() });
    await db.member.update({ where: { id: sleeper.memberId }, data: { lastActivityAt: longAgo } });
    const run = await expirePoints(cafe.business.id);
    expect(run).toMatchObject({ membersTouched: 1, pointsExpired: 90 });
    expect((await db.member.findUniqueOrThrow({ where: { id: sleeper.memberId } })).balance).toBe(0);
    expect((await db.member.findUniqueOrThrow({ where: { id: regular.memberId } })).balance).toBe(90);
  });

  it("expires unused vouchers and gives their points back", async () => {
    const cafe = await createTestBusiness();
    const { memberId } = await createTestMember(cafe.business.id);
    await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 120_000, currency: "PHP", externalId: nextReceipt() });
    const voucher = await redeemReward({ businessId: cafe.business.id, memberId, rewardId: cafe.coffee.id });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(20);
    const run = await expirePoints(cafe.business.id, new Date(Date.now() + 31 * DAY));
    expect(run.vouchersExpired).toBe(1);
    expect(await db.redemption.findUniqueOrThrow({ where: { id: voucher.redemptionId } })).toMatchObject({ status: "EXPIRED" });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(120);
    expect((await expirePoints(cafe.business.id, new Date(Date.now() + 31 * DAY))).vouchersExpired).toBe(0);
  });
});
