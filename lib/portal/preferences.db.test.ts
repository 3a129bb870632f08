import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { enrollMember } from "@/lib/loyalty/members";
import { createTestBusiness, createTestMember } from "@/test/loyalty-fixture";
import { findUnsubscribeTarget, getProfile, unsubscribeUserFromAll, unsubscribeWithToken, updateEmailPreferences, updateProfile } from "./profile";

let cafe: Awaited<ReturnType<typeof createTestBusiness>>;
let shop: Awaited<ReturnType<typeof createTestBusiness>>;

beforeAll(async () => {
  cafe = await createTestBusiness();
  shop = await createTestBusiness();
});

async function personInBoth() {
  const { memberId, userId } = await createTestMember(cafe.business.id);
  const { memberId: shopMemberId } = await enrollMember({ businessId: shop.business.id, userId, marketingConsent: true });
  return { userId, memberId, shopMemberId };
}

const preferencesOf = async (id: string) => (await db.member.findUniqueOrThrow({ where: { id } })).emailPreferences;

describe("email preferences", () => {
  it("change one program's kinds and nothing else", async () => {
    const { userId, memberId, shopMemberId } = await personInBoth();
    const shopBefore = await preferencesOf(shopMemberId);
    await updateEmailPreferences({ userId, memberId, preferences: { thankYou: false, milestones: true, offers: true } });
    expect(await preferencesOf(memberId)).toEqual({ thankYou: false, milestones: true, offers: true });
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).marketingConsent).toBe(true);
    expect(await preferencesOf(shopMemberId)).toEqual(shopBefore);
    const profile = await getProfile(userId);
    expect(profile.programs.find((p) => p.memberId === memberId)?.preferences).toEqual({ thankYou: false, milestones: true, offers: true });
  });

  it("refuse another person's membership", async () => {
    const mine = await personInBoth();
    const theirs = await personInBoth();
    const before = await preferencesOf(theirs.memberId);
    await expect(updateEmailPreferences({ userId: mine.userId, memberId: theirs.memberId, preferences: { thankYou: false, milestones: false, offers: false } })).rejects.toThrow(/not one of yours/);
    expect(await preferencesOf(theirs.memberId)).toEqual(before);
  });

  it("unsubscribe from all switches off every program", async () => {
    const { userId, memberId, shopMemberId } = await personInBoth();
    expect(await unsubscribeUserFromAll(userId)).toEqual({ programs: 2 });
    for (const id of [memberId, shopMemberId]) {
      expect(await preferencesOf(id)).toEqual({ thankYou: false, milestones: false, offers: false });
    }
  });
});

describe("unsubscribe token", () => {
  it("turns off that membership's marketing only, without signing in, and is idempotent", async () => {
    const { memberId, shopMemberId } = await personInBoth();
    const { unsubscribeToken } = await db.member.findUniqueOrThrow({ where: { id: shopMemberId } });
    expect(await findUnsubscribeTarget(unsubscribeToken)).toEqual({ businessName: shop.business.name, unsubscribed: false });
    expect(await unsubscribeWithToken(unsubscribeToken)).toEqual({ businessName: shop.business.name });
    expect(await unsubscribeWithToken(unsubscribeToken)).toEqual({ businessName: shop.business.name });
    expect(await preferencesOf(shopMemberId)).toEqual({ thankYou: false, milestones: false, offers: false });
    expect((await db.member.findUniqueOrThrow({ where: { id: shopMemberId } })).marketingConsent).toBe(false);
    expect(await findUnsubscribeTarget(unsubscribeToken)).toMatchObject({ unsubscribed: true });
    expect(await preferencesOf(memberId)).toMatchObject({ thankYou: true });
  });

  it("ignores unknown tokens", async () => {
    expect(await unsubscribeWithToken("nope")).toBeNull();
    expect(await unsubscribeWithToken("")).toBeNull();
    expect(await findUnsubscribeTarget("x".repeat(500))).toBeNull();
  });
});

describe("profile details", () => {
  it("saves name and phone on every membership and sets a birthday once", async () => {
    const { userId, memberId, shopMemberId } = await personInBoth();
    await updateProfile({ userId, name: "Ana Cruz", phone: "+63 917 555 0000", birthday: "1991-02-03" });
    expect(await getProfile(userId)).toMatchObject({ name: "Ana Cruz", phone: "+63 917 555 0000", birthday: "1991-02-03" });
    for (const id of [memberId, shopMemberId]) {
      expect(await db.member.findUniqueOrThrow({ where: { id } })).toMatchObject({ phone: "+63 917 555 0000", displayName: "Ana Cruz" });
    }
    await expect(updateProfile({ userId, name: "Ana Cruz", phone: null, birthday: "1991-02-04" })).rejects.toThrow(/already on file/);
    await updateProfile({ userId, name: "Ana", phone: null, birthday: "1991-02-03" });
    expect(await getProfile(userId)).toMatchObject({ name: "Ana", phone: null, birthday: "1991-02-03" });
  });
});
