// Abuse limits counted in PostgreSQL: the per-minute windows, their refusals (a clear
// sentence, Retry-After on the API), one audit entry per window, and no double counting
// under concurrency.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { redeemRewardAction } from "@/app/(portal)/portal/[slug]/rewards/actions";
import * as purchases from "@/app/api/v1/purchases/route";
import * as redemptions from "@/app/api/v1/redemptions/route";
import { db, pool } from "@/lib/db/client";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { actAs } from "@/test/auth-stub";
import { call, createApiKey, type Handler } from "@/test/api-client";
import { createTestBusiness, createTestMember, ledgerViolations, NO_VIOLATIONS, nextReceipt } from "@/test/loyalty-fixture";
import {
  countMemberEarn,
  countSignInLink,
  limitCounterPurchase,
  limitMemberRedeem,
  signInLinkRetryAfter,
  TooManyAttemptsError,
} from "./limits";

const { business, coffee } = await createTestBusiness();
const owner = await db.user.create({ data: { email: `owner-${business.id}@test.local` } });

async function richMember(points = 5_000) {
  const member = await createTestMember(business.id);
  if (points > 0) await adjustPoints({ businessId: business.id, memberId: member.memberId, points, reason: "test float" }, owner.id);
  return member;
}

const audits = (action: string, entityId: string) => db.auditLog.findMany({ where: { businessId: business.id, action, entityId } });

describe("per-member and per-staff windows", () => {
  it("allows five redemptions a minute, refuses the sixth with a sentence and audits it once", async () => {
    const { memberId, userId } = await richMember();
    for (let attempt = 0; attempt < 5; attempt++) await limitMemberRedeem(business.id, memberId, { userId });
    const refusals = await Promise.allSettled([1, 2, 3].map(() => limitMemberRedeem(business.id, memberId, { userId })));
    for (const refusal of refusals) {
      expect(refusal.status).toBe("rejected");
      const error = (refusal as PromiseRejectedResult).reason as TooManyAttemptsError;
      expect(error).toBeInstanceOf(TooManyAttemptsError);
      expect(error.message).toMatch(/^Too many redemptions in a minute\. Try again in \d+ seconds?\.$/);
      expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    const entries = await audits("abuse.redeem_limit", memberId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: userId, entityType: "Member", after: { limit: 5, windowSeconds: 60 } });

    // Another member of the same business has a window of their own.
    const other = await richMember();
    await expect(limitMemberRedeem(business.id, other.memberId, { userId: other.userId })).resolves.toBeUndefined();

    // A lapsed window starts again from one.
    await pool.query(`UPDATE "RateLimit" SET expire = (now() AT TIME ZONE 'UTC') - interval '1 second' WHERE key = $1`, [`redeem-member:${business.id}:${memberId}`]);
    await expect(limitMemberRedeem(business.id, memberId, { userId })).resolves.toBeUndefined();
  });

  it("counts concurrent attempts exactly: 30 at once against a limit of 20 let 20 through", async () => {
    const { memberId } = await richMember();
    const decisions = await Promise.all(Array.from({ length: 30 }, () => countMemberEarn(business.id, memberId, { apiKeyId: "key-1" })));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(20);
    expect(await audits("abuse.earn_limit", memberId)).toHaveLength(1);
  });

  it("limits counter purchases per staff member", async () => {
    const staff = await db.user.create({ data: { email: `staff-${randomUUID()}@test.local` } });
    for (let sale = 0; sale < 30; sale++) await limitCounterPurchase(staff.id, business.id);
    await expect(limitCounterPurchase(staff.id, business.id)).rejects.toThrow(/^Too many sales recorded in a minute from your account/);
    const entries = await audits("abuse.counter_limit", staff.id);
    expect(entries).toMatchObject([{ actorUserId: staff.id, entityType: "User" }]);
  });
});

describe("where the limits apply", () => {
  it("the portal's redeem action refuses the sixth redemption in a minute and spends nothing for it", async () => {
    const { memberId, userId } = await richMember(1_000);
    actAs(userId);
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await redeemRewardAction({ slug: business.slug, rewardId: coffee.id, confirmationId: randomUUID() });
      expect(result.serverError).toBeUndefined();
    }
    const refused = await redeemRewardAction({ slug: business.slug, rewardId: coffee.id, confirmationId: randomUUID() });
    expect(refused.serverError).toMatch(/Too many redemptions in a minute/);
    const member = await db.member.findUniqueOrThrow({ where: { id: memberId } });
    expect(member.balance).toBe(1_000 - 5 * coffee.pointsCost);
    expect(await db.redemption.count({ where: { memberId } })).toBe(5);
  });

  it("the POS API answers 429 with Retry-After for a member's 21st purchase in a minute", async () => {
    const { memberId } = await richMember(0);
    const { key, id: apiKeyId } = await createApiKey(business.id);
    const buy = () => call(purchases.POST as Handler, { key, body: { memberId, amount: 10_000, currency: "PHP", externalId: nextReceipt() } });
    for (let sale = 0; sale < 20; sale++) expect((await buy()).status).toBe(201);
    const refused = await buy();
    expect(refused.status).toBe(429);
    expect(refused.body.error).toEqual({ code: "rate_limited", message: expect.stringMatching(/^Too many purchases for this member in a minute/) });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await db.purchase.count({ where: { memberId } })).toBe(20);
    expect(await audits("abuse.earn_limit", memberId)).toMatchObject([{ actorApiKeyId: apiKeyId, actorUserId: null }]);
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("the POS API limits redemptions per member", async () => {
    const { memberId } = await richMember(2_000);
    const { key } = await createApiKey(business.id);
    const redeem = () => call(redemptions.POST as Handler, { key, body: { memberId, rewardId: coffee.id } });
    for (let attempt = 0; attempt < 5; attempt++) expect((await redeem()).status).toBe(201);
    expect((await redeem()).status).toBe(429);
    expect(await db.redemption.count({ where: { memberId } })).toBe(5);
  });
});

describe("sign-in links", () => {
  it("allows five per address an hour, whatever its case, then refuses with the wait", async () => {
    const email = `Link-${randomUUID()}@Test.local`;
    expect(await signInLinkRetryAfter(email)).toBe(0);
    for (let link = 0; link < 5; link++) await countSignInLink(link % 2 ? email : email.toLowerCase());
    await expect(countSignInLink(email)).rejects.toThrow(/^Too many sign-in links requested for this address\. Try again in \d+ minutes\.$/);
    const wait = await signInLinkRetryAfter(email.toUpperCase());
    expect(wait).toBeGreaterThan(3_000);
    expect(wait).toBeLessThanOrEqual(3_600);
    expect(await signInLinkRetryAfter(`other-${email}`)).toBe(0);
  });
});
