// The OpenAPI document is generated from the handlers' own schemas; check that it is 3.1,
// lists every endpoint of the contract, and carries the request and response schemas.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("openApiDocument", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1 with every endpoint", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths ?? {}).sort()).toEqual([
      "/api/v1/actions",
      "/api/v1/members",
      "/api/v1/members/{id}",
      "/api/v1/purchases",
      "/api/v1/purchases/{id}/refunds",
      "/api/v1/redemptions",
      "/api/v1/rewards",
      "/api/v1/vouchers/{code}/use",
    ]);
  });

  it("carries the zod schemas as components", () => {
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(["RecordPurchase", "PurchaseResult", "Member", "Error", "RedemptionResult"]));
    expect(JSON.stringify(schemas.RecordPurchase)).toContain("externalId");
    const purchase = document.paths?.["/api/v1/purchases"]?.post;
    expect(Object.keys(purchase?.responses ?? {})).toEqual(expect.arrayContaining(["201", "400", "401", "403", "409", "413", "422", "429"]));
  });

  it("says how long an Idempotency-Key is remembered (lib/api/prune.ts deletes it after that)", () => {
    expect(document.paths?.["/api/v1/purchases"]?.post?.description).toContain("Keys are remembered for 24 hours.");
    expect(document.paths?.["/api/v1/rewards"]?.get?.description).not.toContain("Idempotency-Key");
  });
});
