// Contract of purchases and refunds, and of Idempotency-Key on them: replays, conflicts,
// 100 concurrent identical POSTs making one purchase, tenant isolation.
import { describe, expect, it } from "vitest";
import * as refunds from "@/app/api/v1/purchases/[id]/refunds/route";
import * as purchases from "@/app/api/v1/purchases/route";
import { db } from "@/lib/db/client";
import { issueCardToken } from "@/lib/loyalty/card-token";
import { call, createApiWorld, type Handler } from "@/test/api-client";
import { ledgerViolations, NO_VIOLATIONS, nextReceipt } from "@/test/loyalty-fixture";

const world = await createApiWorld();
const { keyA, keyB, memberA, memberB } = world;
const BUY = purchases.POST as Handler;
const REFUND = refunds.POST as Handler;

const sale = (extra: Record<string, unknown> = {}) => ({ memberId: memberA.memberId, amount: 45_000, currency: "PHP", externalId: nextReceipt(), ...extra });

describe("POST /api/v1/purchases", () => {
  it("records a member's purchase with 201 and the documented fields", async () => {
    const recorded = await call(BUY, { key: keyA, body: sale() });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ memberId: memberA.memberId, pointsEarned: 45, stampsAdded: 1, tier: { name: "Suki" }, vouchersIssued: [] });
    expect(typeof recorded.body.purchaseId).toBe("string");
    expect(typeof recorded.body.balance).toBe("number");
    expect(typeof recorded.body.visitDiscountPercent).toBe("number");
  });

  it("records a non-member sale with pointsEarned 0", async () => {
    const recorded = await call(BUY, { key: keyA, body: { amount: 12_000, currency: "PHP", externalId: nextReceipt() } });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ memberId: null, pointsEarned: 0, balance: null });
    const row = await db.purchase.findUniqueOrThrow({ where: { id: recorded.body.purchaseId } });
    expect([row.memberId, row.channel]).toEqual([null, "POS_API"]);
  });

  it("records a purchase for the member card's token, which then works no more", async () => {
    const { token } = issueCardToken({ businessId: world.a.business.id, memberId: memberA.memberId });
    const recorded = await call(BUY, { key: keyA, body: sale({ memberId: undefined, cardToken: token }) });
    expect([recorded.status, recorded.body.memberId]).toEqual([201, memberA.memberId]);
    const again = await call(BUY, { key: keyA, body: sale({ memberId: undefined, cardToken: token }) });
    expect([again.status, again.body.error.code]).toEqual([409, "card_token_replayed"]);
  });

  it("refuses another business's member with 404 and a wrong currency with 422", async () => {
    const foreign = await call(BUY, { key: keyA, body: sale({ memberId: memberB.memberId }) });
    expect([foreign.status, foreign.body.error.code]).toEqual([404, "member_not_found"]);
    const currency = await call(BUY, { key: keyA, body: sale({ currency: "RON" }) });
    expect([currency.status, currency.body.error.code]).toEqual([422, "currency_mismatch"]);
  });

  it("answers a retried receipt with the first result and another sale on the same receipt with 409", async () => {
    const body = sale();
    const first = await call(BUY, { key: keyA, body });
    const retry = await call(BUY, { key: keyA, body });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const clash = await call(BUY, { key: keyA, body: { ...body, amount: 1 } });
    expect([clash.status, clash.body.error.code]).toEqual([409, "duplicate_purchase"]);
  });

  it("refuses bad input with 400 naming the fields", async () => {
    const refused = await call(BUY, { key: keyA, body: { memberId: memberA.memberId, cardToken: "x", amount: 1.5, currency: "php", externalId: "" } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(["amount", "currency", "externalId"]);
    const both = await call(BUY, { key: keyA, body: sale({ cardToken: "x" }) });
    expect(both.body.error.fields).toEqual([expect.objectContaining({ path: "cardToken" })]);
    const huge = await call(BUY, { key: keyA, body: sale({ amount: 1e300 }) });
    expect(huge.status).toBe(400);
  });

  it("needs purchases:write", async () => {
    const { createApiKey } = await import("@/test/api-client");
    const reader = await createApiKey(world.a.business.id, { scopes: ["members:read"] });
    expect((await call(BUY, { key: reader.key, body: sale() })).status).toBe(403);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first response for the same body and refuses another body with 409", async () => {
    const key = `idem-${nextReceipt()}`;
    const body = sale();
    const first = await call(BUY, { key: keyA, body, idempotencyKey: key });
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const replay = await call(BUY, { key: keyA, body: { ...body }, idempotencyKey: key });
    expect(replay.status).toBe(first.status);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const conflict = await call(BUY, { key: keyA, body: { ...body, amount: 46_000 }, idempotencyKey: key });
    expect([conflict.status, conflict.body.error.code]).toEqual([409, "idempotency_conflict"]);
  });

  it("replays a refusal too, and keys of one business never answer another's", async () => {
    const key = `idem-${nextReceipt()}`;
    const body = sale({ currency: "RON" });
    const refused = await call(BUY, { key: keyA, body, idempotencyKey: key });
    const again = await call(BUY, { key: keyA, body, idempotencyKey: key });
    expect(refused.status).toBe(422);
    expect([again.status, again.headers.get("idempotent-replayed")]).toEqual([422, "true"]);
    const otherBusiness = await call(BUY, { key: keyB, body: { amount: 100, currency: "PHP", externalId: nextReceipt() }, idempotencyKey: key });
    expect(otherBusiness.status).toBe(201);
  });

  it("refuses a key that is empty, too long or not printable ASCII", async () => {
    for (const key of ["", "k".repeat(256), "naïve"]) {
      const refused = await call(BUY, { key: keyA, body: sale(), idempotencyKey: key });
      expect([refused.status, refused.body.error.code], JSON.stringify(key)).toEqual([400, "invalid_idempotency_key"]);
    }
    expect((await call(BUY, { key: keyA, body: sale(), idempotencyKey: "k".repeat(255) })).status).toBe(201);
  });

  it("makes one purchase of 100 concurrent identical POSTs with one key", async () => {
    const key = `idem-${nextReceipt()}`;
    const body = sale();
    const before = await db.purchase.count({ where: { businessId: world.a.business.id } });
    const responses = await Promise.all(Array.from({ length: 100 }, () => call(BUY, { key: keyA, body, idempotencyKey: key })));
    expect(new Set(responses.map((response) => response.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((response) => response.body.purchaseId)).size).toBe(1);
    expect(responses.filter((response) => response.headers.get("idempotent-replayed") === "true")).toHaveLength(99);
    expect(await db.purchase.count({ where: { businessId: world.a.business.id } })).toBe(before + 1);
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });
});

describe("POST /api/v1/purchases/{id}/refunds", () => {
  it("reverses points in proportion, then refuses more than is left with 422", async () => {
    const bought = await call(BUY, { key: keyA, body: sale({ amount: 100_000 }) });
    const half = await call(REFUND, { key: keyA, params: { id: bought.body.purchaseId }, body: { amount: 50_000 } });
    expect(half.status).toBe(201);
    expect(half.body).toMatchObject({ refundedAmount: 50_000, pointsReversed: 50 });
    const rest = await call(REFUND, { key: keyA, params: { id: bought.body.purchaseId }, rawBody: "" });
    expect(rest.body).toMatchObject({ refundedAmount: 50_000, pointsReversed: 50 });
    const more = await call(REFUND, { key: keyA, params: { id: bought.body.purchaseId }, body: { amount: 1 } });
    expect([more.status, more.body.error.code]).toEqual([422, "refund_exceeds_purchase"]);
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("answers 404 for another business's purchase", async () => {
    const bought = await call(BUY, { key: keyA, body: sale() });
    const foreign = await call(REFUND, { key: keyB, params: { id: bought.body.purchaseId }, body: {} });
    expect([foreign.status, foreign.body.error.code]).toEqual([404, "purchase_not_found"]);
  });

  it("replays a refund for the same Idempotency-Key instead of refunding twice", async () => {
    const bought = await call(BUY, { key: keyA, body: sale({ amount: 100_000 }) });
    const key = `refund-${nextReceipt()}`;
    const first = await call(REFUND, { key: keyA, params: { id: bought.body.purchaseId }, body: { amount: 10_000 }, idempotencyKey: key });
    const again = await call(REFUND, { key: keyA, params: { id: bought.body.purchaseId }, body: { amount: 10_000 }, idempotencyKey: key });
    expect(again.body).toEqual(first.body);
    const purchase = await db.purchase.findUniqueOrThrow({ where: { id: bought.body.purchaseId } });
    expect(purchase.refundedMinor).toBe(10_000);
  });
});
