// Thousands of malformed requests (bodies, headers, ids, unicode junk, huge numbers) against
// every endpoint: each must be answered with a 4xx and the error shape, never a 5xx, and
// the database must be left as it was. (GET /rewards takes no input, so it is not here.)
import fc from "fast-check";
import { expect, it } from "vitest";
import * as actions from "@/app/api/v1/actions/route";
import * as memberById from "@/app/api/v1/members/[id]/route";
import * as members from "@/app/api/v1/members/route";
import * as refunds from "@/app/api/v1/purchases/[id]/refunds/route";
import * as purchases from "@/app/api/v1/purchases/route";
import * as redemptions from "@/app/api/v1/redemptions/route";
import * as vouchers from "@/app/api/v1/vouchers/[code]/use/route";
import { db } from "@/lib/db/client";
import { call, createApiWorld, type Handler } from "@/test/api-client";

const world = await createApiWorld();

type Target = { handler: Handler; method: "GET" | "POST"; path: string; param?: "id" | "code"; fields: string[] };
const TARGETS: Target[] = [
  { handler: members.POST as Handler, method: "POST", path: "/api/v1/members", fields: ["email", "name", "phone", "birthday"] },
  { handler: members.GET as Handler, method: "GET", path: "/api/v1/members", fields: ["email", "phone", "number", "cardToken"] },
  { handler: memberById.GET as Handler, method: "GET", path: "/api/v1/members/x", param: "id", fields: [] },
  { handler: purchases.POST as Handler, method: "POST", path: "/api/v1/purchases", fields: ["memberId", "cardToken", "amount", "currency", "externalId", "occurredAt", "items"] },
  { handler: refunds.POST as Handler, method: "POST", path: "/api/v1/purchases/x/refunds", param: "id", fields: ["amount"] },
  { handler: redemptions.POST as Handler, method: "POST", path: "/api/v1/redemptions", fields: ["memberId", "rewardId"] },
  { handler: vouchers.POST as Handler, method: "POST", path: "/api/v1/vouchers/x/use", param: "code", fields: [] },
  { handler: actions.POST as Handler, method: "POST", path: "/api/v1/actions", fields: ["memberId", "action"] },
];

const junkValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0, 1.5, "PHP", "", " ", "\u0000", "🧋".repeat(50), "9".repeat(400)),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
);

// Bodies shaped like the real ones (the right keys with wrong values) as well as pure junk.
const bodyFor = (target: Target) =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...(target.fields.length ? target.fields : ["x"])), junkValue, { maxKeys: 7 }).map((value) => JSON.stringify(value)),
    fc.json({ maxDepth: 3 }),
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.constantFrom("", "{", "[]", "null", "{\"amount\":1e999}", "\"\\ud800\"", "{".repeat(5_000), "[".repeat(20_000) + "]".repeat(20_000)),
  );

const request = fc.constantFrom(...TARGETS).chain((target) =>
  fc.record({
    target: fc.constant(target),
    body: bodyFor(target),
    contentType: fc.option(fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/vnd.api+json", "multipart/form-data", "\u00e9"), { nil: undefined }),
    // Mostly a good key, so the requests get past authentication to the parsing under test.
    auth: fc.oneof({ weight: 8, arbitrary: fc.constant(`Bearer ${world.keyA}`) }, fc.string({ maxLength: 80 }), fc.constant(`Bearer ${world.keyA} `)),
    idempotencyKey: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
    param: fc.oneof(fc.string({ maxLength: 100 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom("%", "..", "%E0%A4%A", world.memberB.memberId)),
    query: fc.dictionary(fc.constantFrom("email", "phone", "number", "cardToken", "x"), fc.string({ maxLength: 60 }), { maxKeys: 3 }),
  }),
);

async function snapshot() {
  const [counts] = await db.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT COUNT(*)::int FROM "User") AS users, (SELECT COUNT(*)::int FROM "Member") AS members,
           (SELECT COUNT(*)::int FROM "Purchase") AS purchases, (SELECT COUNT(*)::int FROM "Refund") AS refunds,
           (SELECT COUNT(*)::int FROM "LedgerEntry") AS entries, (SELECT COUNT(*)::int FROM "Redemption" WHERE status = 'ISSUED') AS vouchers,
           (SELECT COUNT(*)::int FROM "IdempotencyRecord") AS keys, (SELECT COUNT(*)::int FROM "CardTokenUse") AS tokens,
           (SELECT COALESCE(SUM(balance), 0)::int FROM "Member") AS balances`;
  return counts;
}

it("answers malformed requests with 4xx only and leaves the database unchanged", { timeout: 60_000 }, async () => {
  const before = await snapshot();
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(request, async (input) => {
      const { target } = input;
      const query = target.method === "GET" && target.fields.length ? `?${new URLSearchParams(input.query)}` : "";
      const headers: Record<string, string> = { authorization: input.auth, "x-forwarded-for": "192.0.2.77" };
      if (input.contentType) headers["content-type"] = input.contentType;
      try {
        new Headers(headers);
        if (input.idempotencyKey !== undefined) new Headers({ "idempotency-key": input.idempotencyKey });
      } catch {
        return; // a header no HTTP client can send never reaches the server
      }
      const response = await call(target.handler, {
        method: target.method,
        path: `${target.path}${query}`,
        params: target.param ? { [target.param]: input.param } : {},
        rawBody: target.method === "POST" ? input.body : undefined,
        headers,
        idempotencyKey: input.idempotencyKey,
      });
      sent += 1;
      const context = JSON.stringify({ ...input, target: target.path, body: input.body.slice(0, 300), response: response.body });
      expect(response.status, context).toBeGreaterThanOrEqual(400);
      expect(response.status, context).toBeLessThan(500);
      expect(typeof response.body.error.code).toBe("string");
    }),
    { numRuns: 5_000 },
  );
  expect(sent).toBeGreaterThan(4_000);
  expect(await snapshot()).toEqual(before);
});
