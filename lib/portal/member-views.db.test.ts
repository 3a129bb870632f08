import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { redeemReward } from "@/lib/loyalty/redeem";
import { createTestBusiness, createTestMember, nextReceipt } from "@/test/loyalty-fixture";
import { getMemberDashboard } from "./dashboard";
import { getMemberHistory, HISTORY_PAGE_SIZE } from "./history";
import { joinProgram } from "./join";
import { getMemberVoucher, getMemberVouchers, getRewardCatalog } from "./rewards";

let cafe: Awaited<ReturnType<typeof createTestBusiness>>;
let owner: string;
const DAY = 86_400_000;

beforeAll(async () => {
  cafe = await createTestBusiness({
    signupBonus: 25,
    pendingDays: 3,
    expiryPolicy: "AFTER_EARN",
    expiryMonths: 1,
    visitDiscountEnabled: true,
    visitDiscountBaseBp: 500,
    visitDiscountStepBp: 100,
    visitDiscountCapBp: 1500,
  });
  owner = (await db.user.create({ data: { email: `owner-${nextReceipt()}@test.local` } })).id;
});

const dashboardOf = (memberId: string) => getMemberDashboard({ businessId: cafe.business.id, memberId, timeZone: "Asia/Manila" });

describe("getMemberDashboard", () => {
  it("shows balance, pending points, expiring points, tier progress, stamps and the visit discount", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 200_000, currency: "PHP", externalId: nextReceipt() });
    const dashboard = (await dashboardOf(memberId))!;
    expect(dashboard.balance).toBe(25 + 200);
    expect(dashboard.pending).toBe(200);
    // Both lots expire within a month, so both show up as expiring soon.
    expect(dashboard.expiring.reduce((sum, lot) => sum + lot.points, 0)).toBe(225);
    expect(dashboard.tier).toMatchObject({ current: { name: "Suki" }, next: { name: "Silver", threshold: 500_000 }, qualifying: 200_000, percent: 40 });
    expect(dashboard.punchCards).toEqual([expect.objectContaining({ name: "Coffee card", stampsRequired: 5, stamps: 1 })]);
    expect(dashboard.visitDiscountBp).toBe(600);
    expect(dashboard.activity.map((entry) => entry.kind)).toEqual(["EARN", "BONUS"]);
  });

  it("no pending points once the pending period is over", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 100_000, currency: "PHP", externalId: nextReceipt() });
    const later = await getMemberDashboard({ businessId: cafe.business.id, memberId, timeZone: "Asia/Manila" }, new Date(Date.now() + 4 * DAY));
    expect(later!.pending).toBe(0);
  });

  it("answers null for a member of another business", async () => {
    const other = await createTestBusiness();
    const { memberId } = await createTestMember(other.business.id);
    expect(await dashboardOf(memberId)).toBeNull();
  });
});

describe("rewards and vouchers", () => {
  it("marks what the member can afford, and what the tier or stock keeps out of reach", async () => {
    const gold = cafe.tiers[2]!;
    const gated = await db.reward.create({ data: { businessId: cafe.business.id, kind: "EVENT", name: "Gold night", pointsCost: 10, minTierId: gold.id } });
    const gone = await db.reward.create({ data: { businessId: cafe.business.id, kind: "FREE_ITEM", name: "Sold out", pointsCost: 10, stock: 0 } });
    const later = await db.reward.create({ data: { businessId: cafe.business.id, kind: "DISCOUNT", name: "Later", pointsCost: 10, activeFrom: new Date(Date.now() + DAY) } });
    const { memberId } = await createTestMember(cafe.business.id);
    const { balance, rewards } = await getRewardCatalog({ businessId: cafe.business.id, memberId });
    expect(balance).toBe(25);
    const state = (id: string) => rewards.find((reward) => reward.id === id);
    expect(state(cafe.coffee.id)).toMatchObject({ availability: "unaffordable", shortBy: 75 });
    expect(state(gated.id)).toMatchObject({ availability: "tier_locked", minTierName: "Gold" });
    expect(state(gone.id)?.availability).toBe("out_of_stock");
    expect(state(later.id)?.availability).toBe("inactive");
  });

  it("a voucher is visible to its member only", async () => {
    const mine = await createTestMember(cafe.business.id);
    const theirs = await createTestMember(cafe.business.id);
    await adjustPoints({ businessId: cafe.business.id, memberId: mine.memberId, points: 100, reason: "test" }, owner);
    const { redemptionId, code } = await redeemReward({ businessId: cafe.business.id, memberId: mine.memberId, rewardId: cafe.coffee.id });
    expect(await getMemberVoucher({ businessId: cafe.business.id, memberId: mine.memberId, redemptionId })).toMatchObject({ code, status: "ISSUED", name: "Free coffee" });
    expect(await getMemberVoucher({ businessId: cafe.business.id, memberId: theirs.memberId, redemptionId })).toBeNull();
    expect(await getMemberVouchers({ businessId: cafe.business.id, memberId: theirs.memberId })).toEqual([]);
    const expiredView = await getMemberVouchers({ businessId: cafe.business.id, memberId: mine.memberId }, new Date(Date.now() + 31 * DAY));
    expect(expiredView[0]?.status).toBe("EXPIRED");
  });
});

describe("getMemberHistory", () => {
  it("pages the ledger newest first and clamps the page number", async () => {
    const { memberId } = await createTestMember(cafe.business.id);
    for (let i = 0; i < HISTORY_PAGE_SIZE + 4; i++) {
      await adjustPoints({ businessId: cafe.business.id, memberId, points: i + 1, reason: `credit ${i}` }, owner);
    }
    const first = await getMemberHistory({ businessId: cafe.business.id, memberId, page: 1 });
    expect(first).toMatchObject({ total: HISTORY_PAGE_SIZE + 5, pageCount: 2, page: 1 });
    expect(first.entries[0]).toMatchObject({ kind: "ADJUST", reason: `credit ${HISTORY_PAGE_SIZE + 3}` });
    const last = await getMemberHistory({ businessId: cafe.business.id, memberId, page: 99 });
    expect(last.page).toBe(2);
    expect(last.entries.at(-1)).toMatchObject({ kind: "BONUS" });
    expect(await getMemberHistory({ businessId: "other", memberId, page: 1 })).toMatchObject({ total: 0, entries: [] });
  });
});

describe("joinProgram", () => {
  it("enrolls once, keeps a referral, and refuses a program that is not live", async () => {
    const referrer = await createTestMember(cafe.business.id);
    const { referralCode } = await db.member.findUniqueOrThrow({ where: { id: referrer.memberId } });
    const user = await db.user.create({ data: { email: `join-${nextReceipt()}@test.local`, name: "Joy" } });
    expect(await joinProgram({ userId: user.id, slug: cafe.business.slug, referralCode: referralCode.toLowerCase() })).toMatchObject({ created: true, bonus: 25 });
    expect(await joinProgram({ userId: user.id, slug: cafe.business.slug })).toMatchObject({ created: false, bonus: 0 });
    const member = await db.member.findFirstOrThrow({ where: { userId: user.id } });
    expect(member).toMatchObject({ referredById: referrer.memberId, displayName: "Joy", balance: 25 });

    const closed = await createTestBusiness({ live: false });
    await expect(joinProgram({ userId: user.id, slug: closed.business.slug })).rejects.toThrow(/not open/);
    await expect(joinProgram({ userId: user.id, slug: "no-such-shop" })).rejects.toThrow(/not open/);
  });

  it("does not reopen a suspended membership", async () => {
    const { userId, memberId } = await createTestMember(cafe.business.id);
    await db.member.update({ where: { id: memberId }, data: { status: "SUSPENDED" } });
    await expect(joinProgram({ userId, slug: cafe.business.slug })).rejects.toMatchObject({ code: "member_inactive" });
  });
});
