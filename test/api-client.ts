// Calling the POS API's route handlers in-process, the way Next would: a Request and a
// params promise. No server, same code path as production.
import { randomBytes } from "node:crypto";
import { hashApiKey } from "@/lib/api/api-key-hash";
import { API_SCOPES } from "@/lib/api/api-scopes";
import { db } from "@/lib/db/client";

export type Handler = (request: Request, route: { params: Promise<never> }) => Promise<Response>;

export async function createApiKey(businessId: string, options: { scopes?: string[]; rateLimitPerMinute?: number; revoked?: boolean } = {}) {
  const key = `sk_test_${randomBytes(16).toString("hex")}`;
  const row = await db.apiKey.create({
    data: {
      businessId,
      name: "test",
      hash: hashApiKey(key),
      prefix: key.slice(0, 12),
      scopes: options.scopes ?? [...API_SCOPES],
      rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
      revokedAt: options.revoked ? new Date() : null,
    },
  });
  return { key, id: row.id };
}

export type CallOptions = {
  key?: string;
  method?: "GET" | "POST";
  path?: string;
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  idempotencyKey?: string;
};

export async function call(handler: Handler, options: CallOptions = {}) {
  const headers = new Headers(options.headers);
  if (options.key) headers.set("authorization", `Bearer ${options.key}`);
  if (options.idempotencyKey !== undefined) headers.set("idempotency-key", options.idempotencyKey);
  let body: string | Uint8Array<ArrayBuffer> | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const method = options.method ?? (body !== undefined ? "POST" : "GET");
  const request = new Request(`http://localhost${options.path ?? "/api/v1/test"}`, { method, headers, body: method === "GET" ? undefined : body });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as never) });
  const text = await response.text();
  // Tests read whatever fields the contract promises; the schemas are checked elsewhere.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as any };
}

/** Two businesses with a full-scope key each and a member each, for tenant-isolation checks. */
export async function createApiWorld() {
  const { createTestBusiness, createTestMember } = await import("./loyalty-fixture");
  const a = await createTestBusiness();
  const b = await createTestBusiness();
  const keyA = await createApiKey(a.business.id);
  const keyB = await createApiKey(b.business.id);
  const memberA = await createTestMember(a.business.id, { phone: `+63 917 ${randomBytes(3).toString("hex")}` });
  const memberB = await createTestMember(b.business.id);
  return { a, b, keyA: keyA.key, keyB: keyB.key, memberA, memberB };
}
