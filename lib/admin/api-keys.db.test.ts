import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { createApiKeyAction, revokeApiKeyAction } from "@/app/(admin)/admin/[slug]/api-keys/actions";
import * as rewardsRoute from "@/app/api/v1/rewards/route";
import { hashApiKey } from "@/lib/api/api-key-hash";
import { db } from "@/lib/db/client";
import { actAs } from "@/test/auth-stub";
import { call, createApiKey as createTestKey, type Handler } from "@/test/api-client";
import { createTestBusiness } from "@/test/loyalty-fixture";
import { listApiKeys } from "./api-keys";

const CATALOG = rewardsRoute.GET as Handler;

async function ownedBusiness() {
  const world = await createTestBusiness();
  const owner = await db.user.create({ data: { email: `owner-${randomBytes(4).toString("hex")}@test.local` } });
  const staff = await db.user.create({ data: { email: `staff-${randomBytes(4).toString("hex")}@test.local` } });
  await db.staffRole.create({ data: { userId: owner.id, businessId: world.business.id, role: "OWNER" } });
  await db.staffRole.create({ data: { userId: staff.id, businessId: world.business.id, role: "STAFF" } });
  return { ...world, owner, staff, slug: world.business.slug };
}

async function snapshot(businessId: string) {
  const [keys, audits] = await Promise.all([
    db.apiKey.findMany({ where: { businessId }, orderBy: { id: "asc" }, omit: { hash: false } }),
    db.auditLog.count({ where: { businessId } }),
  ]);
  return { keys, audits };
}

const a = await ownedBusiness();
const b = await ownedBusiness();

describe("creating a key", () => {
  it("returns the key once, stores only its hash, and the key works against the API", async () => {
    actAs(a.owner.id);
    const result = await createApiKeyAction({ slug: a.slug, name: "Front till", scopes: ["members:read", "purchases:write"], rateLimitPerMinute: 120 });
    const key = result.data!.key;
    expect(key).toMatch(/^sk_live_[A-Za-z0-9_-]{32}$/);
    expect(result.data!.prefix).toBe(key.slice(0, 12));

    const row = await db.apiKey.findFirstOrThrow({ where: { businessId: a.business.id, name: "Front till" }, omit: { hash: false } });
    expect(row).toMatchObject({ hash: hashApiKey(key), prefix: key.slice(0, 12), scopes: ["members:read", "purchases:write"], rateLimitPerMinute: 120, createdById: a.owner.id, revokedAt: null });
    // The key itself is nowhere in the database: not in the key row, not in the audit trail.
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "apiKey.create" } });
    expect(audit.after).toEqual({ name: "Front till", prefix: key.slice(0, 12), scopes: ["members:read", "purchases:write"], rateLimitPerMinute: 120 });
    const dump = JSON.stringify(await db.$queryRaw`SELECT row_to_json(k) FROM "ApiKey" k`) + JSON.stringify(await db.auditLog.findMany());
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(key.slice(12));

    const catalog = await call(CATALOG, { key });
    expect(catalog.status).toBe(200);
    expect(catalog.body.rewards.map((reward: { id: string }) => reward.id)).toEqual([a.coffee.id]);
    const listed = await listApiKeys(a.business.id);
    expect(listed.find((item) => item.id === row.id)).toMatchObject({ name: "Front till", prefix: key.slice(0, 12), revokedAt: null });
    expect(Object.keys(listed[0]!)).not.toContain("hash");
  });

  it("refuses a key without a name or permissions, or with a bad rate limit", async () => {
    actAs(a.owner.id);
    const before = await snapshot(a.business.id);
    const cases: [Parameters<typeof createApiKeyAction>[0], RegExp][] = [
      [{ slug: a.slug, name: " ", scopes: ["members:read"], rateLimitPerMinute: 60 }, /Name the key/],
      [{ slug: a.slug, name: "Till", scopes: [], rateLimitPerMinute: 60 }, /at least one permission/],
      [{ slug: a.slug, name: "Till", scopes: ["admin:everything" as never], rateLimitPerMinute: 60 }, /scopes/],
      [{ slug: a.slug, name: "Till", scopes: ["members:read"], rateLimitPerMinute: 0 }, /at least 1 request/],
      [{ slug: a.slug, name: "Till", scopes: ["members:read"], rateLimitPerMinute: 1.5 }, /whole number/],
    ];
    for (const [input, message] of cases) {
      expect(JSON.stringify((await createApiKeyAction(input)).validationErrors)).toMatch(message);
    }
    expect(await snapshot(a.business.id)).toEqual(before);
  });
});

describe("revoking a key", () => {
  it("takes effect on the very next API call and is audited", async () => {
    actAs(a.owner.id);
    const created = await createApiKeyAction({ slug: a.slug, name: "Old till", scopes: ["members:read"], rateLimitPerMinute: 600 });
    const key = created.data!.key;
    expect((await call(CATALOG, { key })).status).toBe(200);
    const row = await db.apiKey.findFirstOrThrow({ where: { hash: hashApiKey(key) } });
    expect((await revokeApiKeyAction({ slug: a.slug, apiKeyId: row.id })).data).toEqual({ revoked: true });
    const refused = await call(CATALOG, { key });
    expect([refused.status, refused.body.error.code]).toEqual([401, "unauthorized"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "apiKey.revoke" } });
    expect(audit).toMatchObject({ businessId: a.business.id, actorUserId: a.owner.id, entityType: "ApiKey" });
    // Revoking twice is a no-op, not a second audit row.
    await revokeApiKeyAction({ slug: a.slug, apiKeyId: row.id });
    expect(await db.auditLog.count({ where: { entityId: row.id, action: "apiKey.revoke" } })).toBe(1);
  });
});

describe("tenant isolation and roles", () => {
  it("an owner of A cannot revoke B's key, even naming B's slug; B's key keeps working", async () => {
    const bKey = await createTestKey(b.business.id);
    actAs(a.owner.id);
    const beforeA = await snapshot(a.business.id);
    const beforeB = await snapshot(b.business.id);
    expect((await revokeApiKeyAction({ slug: a.slug, apiKeyId: bKey.id })).serverError).toBe("No such API key.");
    expect((await revokeApiKeyAction({ slug: b.slug, apiKeyId: bKey.id })).serverError).toMatch(/Only the owner/);
    expect((await createApiKeyAction({ slug: b.slug, name: "Sneaky", scopes: ["members:read"], rateLimitPerMinute: 60 })).serverError).toMatch(/Only the owner/);
    expect(await snapshot(a.business.id)).toEqual(beforeA);
    expect(await snapshot(b.business.id)).toEqual(beforeB);
    expect((await call(CATALOG, { key: bKey.key })).status).toBe(200);
  });

  it("staff cannot create or revoke keys", async () => {
    const aKey = await createTestKey(a.business.id);
    actAs(a.staff.id);
    const before = await snapshot(a.business.id);
    expect((await createApiKeyAction({ slug: a.slug, name: "Staff key", scopes: ["members:read"], rateLimitPerMinute: 60 })).serverError).toMatch(/Only the owner/);
    expect((await revokeApiKeyAction({ slug: a.slug, apiKeyId: aKey.id })).serverError).toMatch(/Only the owner/);
    expect(await snapshot(a.business.id)).toEqual(before);
  });
});
