// The POS API's housekeeping: HTTP Idempotency-Key records go after 24 hours and card token
// uses after an hour, in batches, through the cron route; the engine's own keys stay, so a
// retry after the retention cannot apply twice.
import { describe, expect, it } from "vitest";
import * as cron from "@/app/api/cron/prune-api/route";
import * as redemptions from "@/app/api/v1/redemptions/route";
import { db } from "@/lib/db/client";
import { adjustPoints } from "@/lib/loyalty/adjust";
import { issueCardToken } from "@/lib/loyalty/card-token";
import { call, createApiWorld, type Handler } from "@/test/api-client";
import { pruneApiRecords } from "./prune";
import { CARD_TOKEN_USE_RETENTION_SECONDS, HTTP_IDEMPOTENCY_RETENTION_HOURS } from "./retention";

const world = await createApiWorld();
const businessId = world.a.business.id;
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms);

async function record(key: string, age: number) {
  await db.idempotencyRecord.create({ data: { businessId, key, fingerprint: "f", result: { status: 201, body: {} }, createdAt: ago(age) } });
}
async function tokenUse(jti: string, age: number) {
  await db.cardTokenUse.create({ data: { jti, businessId, memberId: world.memberA.memberId, usedAt: ago(age) } });
}
const keys = async () => (await db.idempotencyRecord.findMany({ where: { businessId }, select: { key: true } })).map((row) => row.key).sort();

const GET = cron.GET as (request: Request) => Promise<Response>;
const runCron = async () => {
  const response = await GET(new Request("http://localhost/api/cron/prune-api", { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } }));
  expect(response.status).toBe(200);
  return response.json();
};

describe("pruning the API's records", () => {
  it("deletes only HTTP keys past 24 hours and token uses past an hour, once", async () => {
    await record("http/old", 25 * HOUR);
    await record("http/fresh", 23 * HOUR);
    await record("api/old-engine-key", 72 * HOUR);
    await record("purchase/old-receipt", 72 * HOUR);
    await tokenUse("old-token", 2 * HOUR);
    await tokenUse("fresh-token", 10 * 60_000);

    expect(await runCron()).toEqual({ idempotencyRecords: 1, cardTokenUses: 1 });
    expect(await keys()).toEqual(["api/old-engine-key", "http/fresh", "purchase/old-receipt"]);
    expect((await db.cardTokenUse.findMany({ select: { jti: true } })).map((row) => row.jti)).toEqual(["fresh-token"]);
    expect(await runCron()).toEqual({ idempotencyRecords: 0, cardTokenUses: 0 });
  });

  it("works in batches and leaves what its budget did not reach to the next run", async () => {
    for (let index = 0; index < 25; index++) await record(`http/batch-${index}`, 30 * HOUR);
    expect(await pruneApiRecords({ batchSize: 10, maxBatches: 2 })).toEqual({ idempotencyRecords: 20, cardTokenUses: 0 });
    expect(await pruneApiRecords({ batchSize: 10, maxBatches: 2 })).toEqual({ idempotencyRecords: 5, cardTokenUses: 0 });
    expect((await keys()).filter((key) => key.startsWith("http/batch-"))).toEqual([]);
  });

  it("frees an expired Idempotency-Key, while the engine still refuses to redeem twice", async () => {
    const owner = await db.user.create({ data: { email: `prune-owner-${businessId}@test.local` } });
    await adjustPoints({ businessId, memberId: world.memberA.memberId, points: 500, reason: "float" }, owner.id);
    const body = { memberId: world.memberA.memberId, rewardId: world.a.coffee.id };
    const first = await call(redemptions.POST as Handler, { key: world.keyA, body, idempotencyKey: "prune-retry" });
    expect(first.status).toBe(201);
    await db.idempotencyRecord.updateMany({ where: { businessId, key: "http/prune-retry" }, data: { createdAt: ago((HTTP_IDEMPOTENCY_RETENTION_HOURS + 1) * HOUR) } });
    expect((await runCron()).idempotencyRecords).toBe(1);

    const late = await call(redemptions.POST as Handler, { key: world.keyA, body, idempotencyKey: "prune-retry" });
    expect(late.status).toBe(201);
    expect(late.body.redemptionId).toBe(first.body.redemptionId);
    expect(await db.redemption.count({ where: { memberId: world.memberA.memberId } })).toBe(1);
  });

  it("keeps a token use for longer than any card token is accepted", () => {
    const now = new Date();
    const { expiresAt } = issueCardToken({ businessId, memberId: world.memberA.memberId }, now);
    expect(expiresAt.getTime() - now.getTime()).toBeLessThan(CARD_TOKEN_USE_RETENTION_SECONDS * 1000 / 10);
  });
});
