import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestBusiness, createTestMember, ledgerViolations, nextReceipt, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { LoyaltyError } from "./errors";
import { recordPurchase } from "./purchases";

let cafe: Awaited<ReturnType<typeof createTestBusiness>>;

beforeAll(async () => {
  cafe = await createTestBusiness({
    signupBonus: 50,
    referralBonus: 100,
    referredBonus: 40,
    visitDiscountEnabled: true,
    visitDiscountBaseBp: 500,
    visitDiscountStepBp: 100,
    visitDiscountCapBp: 800,
    expiryPolicy: "AFTER_EARN",
    expiryMonths: 12,
  });
});

const purchase = (memberId: string | null, amountMinor: number, extra: Record<string, unknown> = {}) =>
  recordPurchase({ businessId: cafe.business.id, memberId, amountMinor, currency: "PHP", externalId: nextReceipt(), ...extra });

describe("earning on a purchase", () => {
  it("earns 1 point per ₱10 on top of the signup bonus, with a lot that expires in 12 months", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const result = await purchase(memberId, 45_000);
    expect(result).toMatchObject({ pointsEarned: 45, balance: 95, replayed: false, tier: { name: "Suki" } });
    const lot = await db.ledgerEntry.findFirstOrThrow({ where: { purchaseId: result.purchaseId, kind: "EARN" } });
    const months = (lot.lotExpiresAt!.getTime() - lot.createdAt.getTime()) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(11.5);
    expect(months).toBeLessThan(12.5);
  });

  it("upgrades the tier at once and earns with its multiplier from then on", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const big = await purchase(memberId, 500_000);
    expect(big).toMatchObject({ pointsEarned: 500, tier: { name: "Silver" } });
    expect(await purchase(memberId, 45_000)).toMatchObject({ pointsEarned: 56 }); // floor(45 × 1.25)
    const changes = await db.tierChange.findMany({ where: { memberId }, orderBy: { at: "asc" }, include: { toTier: true } });
    expect(changes.map((change) => change.toTier?.name)).toEqual(["Suki", "Silver"]);
  });

  it("records a non-member sale without points, for the analytics comparison", async () => {
    const result = await purchase(null, 30_000);
    expect(result).toMatchObject({ memberId: null, pointsEarned: 0, balance: null });
    expect(await db.purchase.findUniqueOrThrow({ where: { id: result.purchaseId } })).toMatchObject({ memberId: null, amountMinor: 30_000 });
  });

  it("grows the visit discount with each visit this month, up to the cap", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const percents = [];
    for (let visit = 0; visit < 5; visit++) percents.push((await purchase(memberId, 10_000)).visitDiscountPercent);
    expect(percents).toEqual([6, 7, 8, 8, 8]);
  });

  it("fills the punch card and issues its voucher on the fifth visit", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const results = [];
    for (let visit = 0; visit < 5; visit++) results.push(await purchase(memberId, 5_000));
    expect(results.map((result) => result.stampsAdded)).toEqual([1, 1, 1, 1, 1]);
    expect(results.slice(0, 4).every((result) => result.vouchersIssued.length === 0)).toBe(true);
    expect(results[4]!.vouchersIssued).toEqual([expect.objectContaining({ rewardName: "Free coffee", code: expect.stringMatching(/^[2-9A-Z]{12}$/) })]);
    const progress = await db.memberPunchCard.findFirstOrThrow({ where: { memberId } });
    expect(progress).toMatchObject({ stamps: 0, completed: 1 });
  });

  it("pays the referral bonuses once, on the friend's first purchase that earns", async () => {
    const referrer = await createTestMember(cafe.business.id);
    const { referralCode } = await db.member.findUniqueOrThrow({ where: { id: referrer.memberId } });
    const friend = await createTestMember(cafe.business.id, { referralCode });
    expect((await db.member.findUniqueOrThrow({ where: { id: referrer.memberId } })).balance).toBe(50);
    expect((await purchase(friend.memberId, 20_000)).balance).toBe(50 + 20 + 40);
    await purchase(friend.memberId, 20_000);
    expect((await db.member.findUniqueOrThrow({ where: { id: referrer.memberId } })).balance).toBe(150);
  });

  it("lets a member pay part of the bill with points and earns on the cash part only", async () => {
    const { memberId } = await createTestMember(cafe.business.id); // 50 welcome points, worth ₱0.10 each
    const result = await purchase(memberId, 20_000, { pointsToSpend: 50 });
    expect(result).toMatchObject({ pointsSpent: 50, pointsPaidMinor: 500, pointsEarned: 19, balance: 19 });
  });
});

describe("replays and refusals", () => {
  it("returns the first result for a replay and refuses a different payload with the same key", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const body = { businessId: cafe.business.id, memberId, amountMinor: 12_000, currency: "PHP", externalId: nextReceipt(), idempotencyKey: `k-${nextReceipt()}` };
    const first = await recordPurchase(body);
    const again = await recordPurchase(body);
    expect(again).toEqual({ ...first, replayed: true });
    await expect(recordPurchase({ ...body, amountMinor: 99_000 })).rejects.toMatchObject({ code: "idempotency_conflict" });
    expect(await db.purchase.count({ where: { externalId: body.externalId } })).toBe(1);
  });

  it("treats the same receipt id as a replay, and a different sale with it as a duplicate", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const body = { businessId: cafe.business.id, memberId, amountMinor: 8_000, currency: "PHP", externalId: nextReceipt() };
    const first = await recordPurchase(body);
    expect(await recordPurchase(body)).toEqual({ ...first, replayed: true });
    await expect(recordPurchase({ ...body, amountMinor: 9_000 })).rejects.toMatchObject({ code: "duplicate_purchase" });
  });

  it("creates one purchase from 20 concurrent identical requests", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    const body = { businessId: cafe.business.id, memberId, amountMinor: 10_000, currency: "PHP", externalId: nextReceipt() };
    const results = await Promise.all(Array.from({ length: 20 }, () => recordPurchase(body)));
    expect(new Set(results.map((result) => result.purchaseId)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(60);
  });

  it.each([
    ["a negative amount", { amountMinor: -100 }, "invalid_input"],
    ["a zero amount", { amountMinor: 0 }, "invalid_input"],
    ["a fractional amount", { amountMinor: 10.5 }, "invalid_input"],
    ["an absurd amount", { amountMinor: 1e12 }, "invalid_input"],
    ["the wrong currency", { currency: "USD" }, "currency_mismatch"],
    ["an unknown member", { memberId: "no-such-member" }, "member_not_found"],
    ["more points than the bill", { pointsToSpend: 1_000_000 }, "invalid_input"],
  ])("refuses %s with a typed error and changes nothing", async (_label, change, code) => {
    const { memberId } = await createTestMember(cafe.business.id);
    const before = await db.purchase.count();
    const attempt = purchase(memberId, 10_000, change);
    await expect(attempt).rejects.toBeInstanceOf(LoyaltyError);
    await expect(attempt).rejects.toMatchObject({ code });
    expect(await db.purchase.count()).toBe(before);
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(50);
  });

  it("refuses another business's member", async () => {
    const other = await createTestBusiness();
    const { memberId } = await createTestMember(other.business.id);
    await expect(purchase(memberId, 10_000)).rejects.toMatchObject({ code: "member_not_found" });
  });

  it("leaves the ledger consistent", async () => {
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });
});
