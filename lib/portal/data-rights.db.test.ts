import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { enrollMember } from "@/lib/loyalty/members";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { redeemReward } from "@/lib/loyalty/redeem";
import { createTestBusiness, createTestMember, ledgerViolations, nextReceipt, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { deleteUserAccount } from "./account-deletion";
import { exportUserData } from "./data-export";

let cafe: Awaited<ReturnType<typeof createTestBusiness>>;
let shop: Awaited<ReturnType<typeof createTestBusiness>>;
let owner: string;

beforeAll(async () => {
  cafe = await createTestBusiness({ signupBonus: 25 });
  shop = await createTestBusiness();
  owner = (await db.user.create({ data: { email: `owner-${nextReceipt()}@test.local` } })).id;
});

/** A person in both businesses with purchases, a voucher and an adjustment in the café. */
async function busyPerson() {
  const { memberId, userId } = await createTestMember(cafe.business.id);
  const { memberId: shopMemberId } = await enrollMember({ businessId: shop.business.id, userId, phone: "+63 917 000 0000" });
  await recordPurchase({ businessId: cafe.business.id, memberId, amountMinor: 150_000, currency: "PHP", externalId: nextReceipt() });
  await adjustPoints({ businessId: cafe.business.id, memberId, points: 10, reason: "Missed stamp" }, owner);
  const voucher = await redeemReward({ businessId: cafe.business.id, memberId, rewardId: cafe.coffee.id });
  await db.member.update({ where: { id: memberId }, data: { phone: "+63 917 111 2222", birthday: new Date("1990-05-04"), displayName: "Ana" } });
  return { userId, memberId, shopMemberId, voucher };
}

describe("exportUserData", () => {
  it("holds the person's memberships, ledger, purchases and vouchers", async () => {
    const { userId, memberId, voucher } = await busyPerson();
    const data = (await exportUserData(userId))!;
    expect(data.format).toBe("suki.member-data/v1");
    expect(data.user.id).toBe(userId);
    expect(data.memberships.map((m) => m.business.slug).sort()).toEqual([cafe.business.slug, shop.business.slug].sort());
    const cafeData = data.memberships.find((m) => m.id === memberId)!;
    expect(cafeData).toMatchObject({ phone: "+63 917 111 2222", birthday: "1990-05-04", balance: 25 + 150 + 10 - 100 });
    expect(cafeData.ledger.map((e) => e.kind)).toEqual(["BONUS", "EARN", "ADJUST", "REDEEM"]);
    expect(cafeData.ledger.reduce((sum, e) => sum + e.points, 0)).toBe(cafeData.balance);
    expect(cafeData.ledger.at(-1)?.description).toBe("Redeemed: Free coffee");
    expect(cafeData.purchases).toHaveLength(1);
    expect(cafeData.vouchers).toEqual([expect.objectContaining({ code: voucher.code, reward: "Free coffee", status: "ISSUED" })]);
  });

  it("contains nothing of anyone else, and no secrets", async () => {
    const mine = await busyPerson();
    const theirs = await busyPerson();
    const text = JSON.stringify(await exportUserData(mine.userId));
    const other = await db.user.findUniqueOrThrow({ where: { id: theirs.userId } });
    expect(text).not.toContain(theirs.memberId);
    expect(text).not.toContain(theirs.voucher.code);
    expect(text).not.toContain(other.email);
    const tokens = await db.member.findMany({ where: { userId: mine.userId }, select: { unsubscribeToken: true } });
    for (const { unsubscribeToken } of tokens) expect(text).not.toContain(unsubscribeToken);
    expect(text).not.toMatch(/passwordHash|sessionToken/);
  });

  it("answers null for a user that does not exist", async () => {
    expect(await exportUserData("no-such-user")).toBeNull();
  });
});

describe("deleteUserAccount", () => {
  it("anonymises every membership, keeps the ledger and balance, and removes the user", async () => {
    const { userId, memberId, shopMemberId } = await busyPerson();
    await db.session.create({ data: { sessionToken: `s-${nextReceipt()}`, userId, expires: new Date(Date.now() + 86_400_000) } });
    await db.account.create({ data: { userId, type: "email", provider: "resend", providerAccountId: `a-${nextReceipt()}` } });
    const before = await db.member.findUniqueOrThrow({ where: { id: memberId } });
    const ledgerBefore = await db.ledgerEntry.findMany({ where: { memberId }, orderBy: { id: "asc" } });

    expect(await deleteUserAccount(userId)).toEqual({ membershipsAnonymised: 2 });

    expect(await db.user.findUnique({ where: { id: userId } })).toBeNull();
    expect(await db.session.count({ where: { userId } })).toBe(0);
    expect(await db.account.count({ where: { userId } })).toBe(0);
    for (const id of [memberId, shopMemberId]) {
      const member = await db.member.findUniqueOrThrow({ where: { id } });
      expect(member).toMatchObject({ status: "DELETED", userId: null, phone: null, displayName: null, birthday: null, marketingConsent: false });
      expect(member.emailPreferences).toEqual({ thankYou: false, milestones: false, offers: false });
    }
    const after = await db.member.findUniqueOrThrow({ where: { id: memberId } });
    expect(after.balance).toBe(before.balance);
    expect(after.unsubscribeToken).not.toBe(before.unsubscribeToken);
    expect(await db.ledgerEntry.findMany({ where: { memberId }, orderBy: { id: "asc" } })).toEqual(ledgerBefore);
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("leaves other people alone", async () => {
    const gone = await busyPerson();
    const stays = await busyPerson();
    await deleteUserAccount(gone.userId);
    const member = await db.member.findUniqueOrThrow({ where: { id: stays.memberId } });
    expect(member).toMatchObject({ status: "ACTIVE", userId: stays.userId, phone: "+63 917 111 2222" });
  });

  it("refuses staff and owners, who must hand over first", async () => {
    const { userId } = await busyPerson();
    await db.staffRole.create({ data: { userId, businessId: cafe.business.id, role: "STAFF" } });
    await expect(deleteUserAccount(userId)).rejects.toThrow(/staff role/);
    expect(await db.user.findUnique({ where: { id: userId } })).not.toBeNull();
  });
});
