// The wrapper's refusals, whatever the endpoint: keys (401), revoked keys, failed-auth and
// per-key rate limits in PostgreSQL (429 + Retry-After), bodies (400/413/415).
import { describe, expect, it } from "vitest";
import * as purchases from "@/app/api/v1/purchases/route";
import * as rewards from "@/app/api/v1/rewards/route";
import { FAILED_AUTH_PER_IP } from "@/lib/api/rate-limits";
import { db } from "@/lib/db/client";
import { call, createApiKey, createApiWorld, type Handler } from "@/test/api-client";

const world = await createApiWorld();
const BUY = purchases.POST as Handler;
const CATALOG = rewards.GET as Handler;

describe("authentication", () => {
  it("answers 401 without a key, with a wrong one and with a revoked one", async () => {
    const revoked = await createApiKey(world.a.business.id, { revoked: true });
    for (const headers of [{} as Record<string, string>, { authorization: "Bearer sk_wrong" }, { authorization: `Basic ${world.keyA}` }, { authorization: `Bearer ${revoked.key}` }]) {
      const refused = await call(CATALOG, { headers: { ...headers, "x-forwarded-for": "198.51.100.1" } });
      expect(refused.status, JSON.stringify(headers)).toBe(401);
      expect(refused.body.error.code).toBe("unauthorized");
      expect(refused.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  it("stops an address after repeated failures with 429 and Retry-After, even for a good key", async () => {
    const headers = { authorization: "Bearer sk_guess", "x-forwarded-for": "203.0.113.9" };
    for (let attempt = 0; attempt < FAILED_AUTH_PER_IP; attempt++) expect((await call(CATALOG, { headers })).status).toBe(401);
    const blocked = await call(CATALOG, { headers });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    const good = await call(CATALOG, { key: world.keyA, headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(good.status).toBe(429);
    expect((await call(CATALOG, { key: world.keyA, headers: { "x-forwarded-for": "203.0.113.10" } })).status).toBe(200);
  });

  it("records when a key was last used", async () => {
    const fresh = await createApiKey(world.a.business.id);
    await call(CATALOG, { key: fresh.key });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: fresh.id } })).lastUsedAt).not.toBeNull();
  });
});

describe("rate limit per key", () => {
  it("answers 429 with Retry-After past the key's requests per minute, counted in PostgreSQL", async () => {
    const limited = await createApiKey(world.a.business.id, { rateLimitPerMinute: 3 });
    for (let request = 0; request < 3; request++) expect((await call(CATALOG, { key: limited.key })).status).toBe(200);
    const refused = await call(CATALOG, { key: limited.key });
    expect([refused.status, refused.body.error.code]).toEqual([429, "rate_limited"]);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const rows = await db.apiRateLimit.count({ where: { key: `api-key:${limited.id}` } });
    expect(rows).toBe(1);
    expect((await call(CATALOG, { key: world.keyA })).status).toBe(200);
  });
});

describe("bodies", () => {
  it("refuses malformed JSON (400), a wrong content type (415) and more than 64 KB (413)", async () => {
    const malformed = await call(BUY, { key: world.keyA, rawBody: "{\"amount\": 1,", headers: { "content-type": "application/json" } });
    expect([malformed.status, malformed.body.error.code]).toEqual([400, "invalid_json"]);
    const text = await call(BUY, { key: world.keyA, rawBody: "amount=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect([text.status, text.body.error.code]).toEqual([415, "unsupported_media_type"]);
    const big = JSON.stringify({ amount: 1, currency: "PHP", externalId: "big", items: [], pad: "x".repeat(70_000) });
    const tooLarge = await call(BUY, { key: world.keyA, rawBody: big, headers: { "content-type": "application/json" } });
    expect([tooLarge.status, tooLarge.body.error.code]).toEqual([413, "payload_too_large"]);
    const badUtf8 = await call(BUY, { key: world.keyA, rawBody: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), headers: { "content-type": "application/json" } });
    expect(badUtf8.status).toBe(400);
    const array = await call(BUY, { key: world.keyA, body: [1, 2, 3] });
    expect([array.status, array.body.error.code]).toEqual([400, "invalid_input"]);
  });
});
