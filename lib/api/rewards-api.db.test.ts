// Contract of the catalog, redemptions, vouchers and actions: every refusal code, and
// another business's rewards, vouchers and members staying out of reach.
import { describe, expect, it } from "vitest";
import * as actions from "@/app/api/v1/actions/route";
import * as redemptions from "@/app/api/v1/redemptions/route";
import * as rewards from "@/app/api/v1/rewards/route";
import * as vouchers from "@/app/api/v1/vouchers/[code]/use/route";
import { db } from "@/lib/db/client";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { call, createApiWorld, type Handler } from "@/test/api-client";
import { createTestMember, ledgerViolations, NO_VIOLATIONS } from "@/test/loyalty-fixture";

const world = await createApiWorld();
const { a, b, keyA, keyB } = world;
const CATALOG = rewards.GET as Handler;
const REDEEM = redemptions.POST as Handler;
const USE = vouchers.POST as Handler;
const ACT = actions.POST as Handler;
const owner = await db.user.create({ data: { email: `owner-${a.business.id}@test.local` } });

async function memberWith(points: number) {
  const { memberId } = await createTestMember(a.business.id);
  if (points > 0) await adjustPoints({ businessId: a.business.id, memberId, points, reason: "test float" }, owner.id);
  return memberId;
}

describe("GET /api/v1/rewards", () => {
  it("lists the business's live rewards only", async () => {
    await db.reward.create({ data: { businessId: a.business.id, kind: "DISCOUNT", name: "Old promo", pointsCost: 5, archivedAt: new Date() } });
    const catalog = await call(CATALOG, { key: keyA });
    expect(catalog.status).toBe(200);
    expect(catalog.body.rewards.map((reward: { name: string }) => reward.name)).toEqual(["Free coffee"]);
    const other = await call(CATALOG, { key: keyB });
    expect(other.body.rewards.map((reward: { id: string }) => reward.id)).not.toContain(a.coffee.id);
  });
});

describe("POST /api/v1/redemptions and /api/v1/vouchers/{code}/use", () => {
  it("redeems with 201 and a voucher that can be used once", async () => {
    const memberId = await memberWith(150);
    const redeemed = await call(REDEEM, { key: keyA, body: { memberId, rewardId: a.coffee.id } });
    expect(redeemed.status).toBe(201);
    expect(redeemed.body).toMatchObject({ pointsSpent: 100, balance: 50, rewardName: "Free coffee" });
    expect(Date.parse(redeemed.body.expiresAt)).toBeGreaterThan(Date.now());
    const used = await call(USE, { key: keyA, params: { code: redeemed.body.code }, rawBody: "" });
    expect(used.status).toBe(200);
    expect(used.body).toMatchObject({ code: redeemed.body.code, memberId, rewardName: "Free coffee" });
    const again = await call(USE, { key: keyA, params: { code: redeemed.body.code }, rawBody: "" });
    expect([again.status, again.body.error.code]).toEqual([409, "already_used"]);
  });

  it("refuses with insufficient_points, out_of_stock and limit_reached (409)", async () => {
    const poor = await memberWith(10);
    const insufficient = await call(REDEEM, { key: keyA, body: { memberId: poor, rewardId: a.coffee.id } });
    expect([insufficient.status, insufficient.body.error.code]).toEqual([409, "insufficient_points"]);
    const rich = await memberWith(1_000);
    const gone = await db.reward.create({ data: { businessId: a.business.id, kind: "FREE_ITEM", name: "Mug", pointsCost: 10, stock: 0 } });
    const stock = await call(REDEEM, { key: keyA, body: { memberId: rich, rewardId: gone.id } });
    expect([stock.status, stock.body.error.code]).toEqual([409, "out_of_stock"]);
    const once = await db.reward.create({ data: { businessId: a.business.id, kind: "EVENT", name: "Tasting", pointsCost: 10, perMemberLimit: 1 } });
    expect((await call(REDEEM, { key: keyA, body: { memberId: rich, rewardId: once.id } })).status).toBe(201);
    const limit = await call(REDEEM, { key: keyA, body: { memberId: rich, rewardId: once.id } });
    expect([limit.status, limit.body.error.code]).toEqual([409, "limit_reached"]);
  });

  it("answers 404 for another business's reward, member and voucher", async () => {
    const memberId = await memberWith(500);
    const foreignReward = await call(REDEEM, { key: keyB, body: { memberId: world.memberB.memberId, rewardId: a.coffee.id } });
    expect([foreignReward.status, foreignReward.body.error.code]).toEqual([404, "reward_not_found"]);
    const foreignMember = await call(REDEEM, { key: keyB, body: { memberId, rewardId: b.coffee.id } });
    expect([foreignMember.status, foreignMember.body.error.code]).toEqual([404, "member_not_found"]);
    const redeemed = await call(REDEEM, { key: keyA, body: { memberId, rewardId: a.coffee.id } });
    const foreignVoucher = await call(USE, { key: keyB, params: { code: redeemed.body.code } });
    expect([foreignVoucher.status, foreignVoucher.body.error.code]).toEqual([404, "voucher_not_found"]);
    expect((await call(USE, { key: keyA, params: { code: "NOPE-NOPE" } })).status).toBe(404);
  });

  it("refuses an expired voucher with 410", async () => {
    const memberId = await memberWith(200);
    const redeemed = await call(REDEEM, { key: keyA, body: { memberId, rewardId: a.coffee.id } });
    await db.redemption.update({ where: { code: redeemed.body.code }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await call(USE, { key: keyA, params: { code: redeemed.body.code } });
    expect([expired.status, expired.body.error.code]).toEqual([410, "expired"]);
  });

  it("replays a redemption for the same Idempotency-Key instead of spending twice", async () => {
    const memberId = await memberWith(300);
    const body = { memberId, rewardId: a.coffee.id };
    const first = await call(REDEEM, { key: keyA, body, idempotencyKey: `redeem-${memberId}` });
    const again = await call(REDEEM, { key: keyA, body, idempotencyKey: `redeem-${memberId}` });
    expect(again.body).toEqual(first.body);
    expect((await db.member.findUniqueOrThrow({ where: { id: memberId } })).balance).toBe(200);
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("needs redemptions:write", async () => {
    const { createApiKey } = await import("@/test/api-client");
    const reader = await createApiKey(a.business.id, { scopes: ["members:read", "purchases:write"] });
    expect((await call(REDEEM, { key: reader.key, body: { memberId: "x", rewardId: "y" } })).status).toBe(403);
    expect((await call(USE, { key: reader.key, params: { code: "x" } })).status).toBe(403);
  });
});

describe("POST /api/v1/actions", () => {
  it("credits an owner-defined action, up to its limit per member", async () => {
    await db.loyaltyAction.create({ data: { businessId: a.business.id, key: "google-review", name: "Google review", points: 25, maxPerMember: 1 } });
    const memberId = await memberWith(0);
    const credited = await call(ACT, { key: keyA, body: { memberId, action: "google-review" } });
    expect([credited.status, credited.body]).toEqual([201, { pointsCredited: 25, balance: 25 }]);
    const twice = await call(ACT, { key: keyA, body: { memberId, action: "google-review" } });
    expect([twice.status, twice.body.error.code]).toEqual([409, "action_limit_reached"]);
    const unknown = await call(ACT, { key: keyA, body: { memberId, action: "tiktok-dance" } });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, "action_not_found"]);
    const foreign = await call(ACT, { key: keyB, body: { memberId, action: "google-review" } });
    expect(foreign.status).toBe(404);
  });
});
