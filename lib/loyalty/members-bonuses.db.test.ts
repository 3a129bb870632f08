import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestBusiness, createTestMember, nextReceipt } from "@/test/loyalty-fixture";
import { adjustPoints } from "./adjust";
import { creditAction, creditBirthdayBonus } from "./bonuses";
import { enrollMember } from "./members";
import { getMembershipValue, renewPaidMembership, startPaidMembership } from "./membership";
import { recordPurchase } from "./purchases";
import { reviewMemberTier, reviewTiers } from "./tiers";
import { loadProgram } from "./program";
import { inTransaction, lockMember } from "./tx";

let cafe: Awaited<ReturnType<typeof createTestBusiness>>;

beforeAll(async () => {
  cafe = await createTestBusiness({
    signupBonus: 25,
    birthdayBonus: 100,
    membershipEnabled: true,
    membershipFeeMinor: 50_000,
    membershipCashbackBp: 200,
    membershipCapMinor: 30_000,
    tierGraceDays: 30,
  });
  await db.loyaltyAction.create({ data: { businessId: cafe.business.id, key: "google-review", name: "Wrote a review", points: 40, maxPerMember: 1 } });
});

describe("enrolment", () => {
  it("is harmless twice and gives the welcome bonus once", async () => {
    const user = await db.user.create({ data: { email: `twice-${nextReceipt()}@test.local` } });
    const first = await enrollMember({ businessId: cafe.business.id, userId: user.id });
    const second = await enrollMember({ businessId: cafe.business.id, userId: user.id });
    expect(second).toEqual({ memberId: first.memberId, number: first.number, created: false, bonus: 0 });
    expect((await db.member.findUniqueOrThrow({ where: { id: first.memberId } })).balance).toBe(25);
  });

  it("numbers members one after another, even when they join at once", async () => {
    const users = await Promise.all(Array.from({ length: 8 }, (_, index) => db.user.create({ data: { email: `rush-${index}-${nextReceipt()}@test.local` } })));
    const joined = await Promise.all(users.map((user) => enrollMember({ businessId: cafe.business.id, userId: user.id })));
    expect(new Set(joined.map((member) => member.number)).size).toBe(8);
  });

  it("refuses a referral that points back at the same person or phone", async () => {
    const user = await db.user.create({ data: { email: `self-${nextReceipt()}@test.local` } });
    const referrer = await createTestMember(cafe.business.id, { phone: "+63 917 555 0101" });
    const { referralCode } = await db.member.findUniqueOrThrow({ where: { id: referrer.memberId } });
    await expect(enrollMember({ businessId: cafe.business.id, userId: user.id, referralCode, phone: "+639175550101" })).rejects.toMatchObject({ code: "self_referral" });
    expect(await db.member.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("bonuses", () => {
  it("credits the birthday bonus on the birthday, once a year", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const birthday = new Date("2026-07-14T10:00:00+08:00");
    await db.member.update({ where: { id: memberId }, data: { birthday: new Date("1990-07-14") } });
    expect(await creditBirthdayBonus({ businessId: cafe.business.id, memberId }, new Date("2026-07-13T10:00:00+08:00"))).toEqual({ credited: 0 });
    expect(await creditBirthdayBonus({ businessId: cafe.business.id, memberId }, birthday)).toEqual({ credited: 100 });
    expect(await creditBirthdayBonus({ businessId: cafe.business.id, memberId }, birthday)).toEqual({ credited: 0 });
    expect(await creditBirthdayBonus({ businessId: cafe.business.id, memberId }, new Date("2027-07-14T10:00:00+08:00"))).toEqual({ credited: 100 });
  });

  it("credits an owner-defined action up to its limit", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    await expect(creditAction({ businessId: cafe.business.id, memberId, actionKey: "google-review" })).resolves.toMatchObject({ points: 40, balance: 65 });
    await expect(creditAction({ businessId: cafe.business.id, memberId, actionKey: "google-review" })).rejects.toMatchObject({ code: "action_limit_reached" });
    await expect(creditAction({ businessId: cafe.business.id, memberId, actionKey: "no-such-thing" })).rejects.toMatchObject({ code: "action_not_found" });
  });

  it("audits manual adjustments with their reason and refuses one without", async () => {
    const owner = await db.user.create({ data: { email: `audit-${nextReceipt()}@test.local` } });
    const { memberId } = await createTestMember(cafe.business.id);
    await adjustPoints({ businessId: cafe.business.id, memberId, points: 15, reason: "Spilled latte" }, owner.id);
    await expect(adjustPoints({ businessId: cafe.business.id, memberId, points: 5, reason: "" }, owner.id)).rejects.toMatchObject({ code: "invalid_input" });
    await expect(adjustPoints({ businessId: cafe.business.id, memberId, points: -1000, reason: "Too much" }, owner.id)).rejects.toMatchObject({ code: "insufficient_points" });
    const audit = await db.auditLog.findMany({ where: { entityId: memberId } });
    expect(audit).toEqual([expect.objectContaining({ action: "points.adjust", actorUserId: owner.id, before: { balance: 25 }, after: expect.objectContaining({ balance: 40, reason: "Spilled latte" }) })]);
  });
});

describe("tiers", () => {
  it("keeps a tier through the grace period and downgrades only after it", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const yearAgo = new Date(Date.now() - 300 * 86_400_000);
    await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 600_000, currency: "PHP", externalId: nextReceipt(), occurredAt: yearAgo });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId }, include: { tier: true } })).tier?.name).toBe("Silver");
    const review = (at: Date) =>
      inTransaction(async (tx) => reviewMemberTier(tx, await loadProgram(tx, cafe.business.id), (await lockMember(tx, cafe.business.id, memberId))!, at));
    const later = new Date(Date.now() + 90 * 86_400_000); // the big purchase has left the 12-month window
    expect(await review(later)).toMatchObject({ kind: "start_grace" });
    expect(await review(new Date(later.getTime() + 10 * 86_400_000))).toMatchObject({ kind: "keep", clearGrace: false });
    expect(await review(new Date(later.getTime() + 31 * 86_400_000))).toMatchObject({ kind: "downgrade" });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId }, include: { tier: true } })).tier?.name).toBe("Suki");
  });

  it("reviews a whole business, and a second pass changes nothing", async () => {
    const shop = await createTestBusiness({ tierGraceDays: 0 });
    const { memberId } = await createTestMember(shop.business.id);
    await recordPurchase({ businessId: shop.business.id, memberId, amountMinor: 600_000, currency: "PHP", externalId: nextReceipt(), occurredAt: new Date(Date.now() - 300 * 86_400_000) });
    await createTestMember(shop.business.id);
    const later = new Date(Date.now() + 90 * 86_400_000);
    expect(await reviewTiers(shop.business.id, later)).toEqual({ reviewed: 2, upgraded: 0, downgraded: 1, graceStarted: 0 });
    expect(await reviewTiers(shop.business.id, later)).toEqual({ reviewed: 2, upgraded: 0, downgraded: 0, graceStarted: 0 });
  });
});

describe("paid membership", () => {
  it("pays cashback on spend less refunds, capped, as a certificate at renewal", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    await startPaidMembership({ businessId: cafe.business.id, memberId });
    await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 1_000_000, currency: "PHP", externalId: nextReceipt() });
    expect(await getMembershipValue(cafe.business.id, memberId)).toMatchObject({ feeMinor: 50_000, cashbackMinor: 20_000, paysForItself: false });
    await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 2_000_000, currency: "PHP", externalId: nextReceipt() });
    expect(await getMembershipValue(cafe.business.id, memberId)).toMatchObject({ cashbackMinor: 30_000 }); // capped
    const renewal = await renewPaidMembership({ businessId: cafe.business.id, memberId }, new Date(Date.now() + 366 * 86_400_000));
    expect(renewal).toMatchObject({ cashbackMinor: 30_000, certificateCode: expect.any(String) });
    expect(await db.redemption.findFirstOrThrow({ where: { memberId, source: "CASHBACK" } })).toMatchObject({ valueMinor: 30_000, rewardId: null });
  });
});
