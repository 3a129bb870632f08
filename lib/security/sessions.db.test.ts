// Revocation takes effect on the very next request: signing out everywhere, losing a staff
// role and deleting the account all act on sessions that are still cryptographically valid.
import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { createWebhookEndpointAction } from "@/app/(admin)/admin/[slug]/webhooks/actions";
import { issueCardTokenAction } from "@/app/(portal)/portal/[slug]/card/actions";
import { signOutEverywhereAction } from "@/app/(portal)/portal/profile/actions";
import { getCurrentUser, requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { deleteUserAccount } from "@/lib/portal/account-deletion";
import { signInTimeOf, stampSignInTime } from "@/lib/security/session-time";
import { actAs } from "@/test/auth-stub";
import { createTestBusiness, createTestMember } from "@/test/loyalty-fixture";

const { business } = await createTestBusiness();
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const hook = { url: "https://example.com/hook", events: ["voucher.used"] };

describe("sign out everywhere", () => {
  it("refuses every session issued before it, on the next request, and lets a new sign-in in", async () => {
    const { userId } = await createTestMember(business.id);
    const phone = minutesAgo(60);
    const laptop = minutesAgo(5);
    actAs(userId, phone);
    expect((await issueCardTokenAction({ slug: business.slug })).data?.token).toBeTruthy();

    actAs(userId, laptop);
    expect((await signOutEverywhereAction({})).data).toEqual({ signedOut: true });

    for (const device of [phone, laptop]) {
      actAs(userId, device);
      expect(await getCurrentUser()).toBeNull();
      await expect(issueCardTokenAction({ slug: business.slug })).rejects.toThrow(/NEXT_REDIRECT/);
    }
    actAs(userId, new Date(Date.now() + 1_000));
    expect((await getCurrentUser())?.id).toBe(userId);
  });

  it("keeps the sign-in time across Auth.js's token refreshes, which re-sign with a fresh iat", async () => {
    const signedIn = stampSignInTime<{ iat: number; sub?: string | null }>({ iat: 1_000 }, { id: "user-1" });
    const signInTime = signInTimeOf(signedIn);
    expect(signedIn.sub).toBe("user-1");
    expect(Math.abs(signInTime - Date.now() / 1000)).toBeLessThan(5);

    // What Auth.js hands the callback when /api/auth/session refreshes a week-old token.
    const refreshed = stampSignInTime({ ...signedIn, iat: signInTime + 7 * 86_400 }, undefined);
    expect(signInTimeOf(refreshed)).toBe(signInTime);
    // A token from before the claim existed keeps the iat it arrived with, not a later one.
    expect(signInTimeOf(stampSignInTime({ iat: 1_234 }, undefined))).toBe(1_234);
  });
});

describe("losing a role", () => {
  it("a removed staff member is refused on the next request; a demoted owner loses owner actions", async () => {
    const staff = await db.user.create({ data: { email: `staff-${business.id}@test.local` } });
    const owner = await db.user.create({ data: { email: `owner-${business.id}@test.local` } });
    const role = await db.staffRole.create({ data: { userId: staff.id, businessId: business.id, role: "STAFF" } });
    const ownership = await db.staffRole.create({ data: { userId: owner.id, businessId: business.id, role: "OWNER" } });
    const session = minutesAgo(10);

    actAs(staff.id, session);
    expect((await requireStaff(business.slug)).business?.id).toBe(business.id);
    await db.staffRole.delete({ where: { id: role.id } });
    await expect(requireStaff(business.slug)).rejects.toThrow(/NEXT_REDIRECT/);

    actAs(owner.id, session);
    expect((await createWebhookEndpointAction({ slug: business.slug, ...hook } as never)).data?.secret).toMatch(/^whsec_/);
    await db.staffRole.update({ where: { id: ownership.id }, data: { role: "STAFF" } });
    const refused = await createWebhookEndpointAction({ slug: business.slug, ...hook } as never);
    expect(refused.serverError).toMatch(/owner/i);
    expect(await db.webhookEndpoint.count({ where: { businessId: business.id } })).toBe(1);
  });
});

describe("deleting the account", () => {
  it("ends the session that deleted it and every other one", async () => {
    const { userId } = await createTestMember(business.id);
    actAs(userId, minutesAgo(1));
    expect((await getCurrentUser())?.id).toBe(userId);
    await deleteUserAccount(userId);
    expect(await getCurrentUser()).toBeNull();
    await expect(issueCardTokenAction({ slug: business.slug })).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
