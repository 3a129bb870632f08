// The OpenAPI 3.1 document of the POS API, generated from the zod schemas the handlers parse
// with (lib/api/schemas.ts). Served at /api/v1/openapi.json and rendered at /docs/api.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { API_SCOPES } from "./api-scopes";
import { HTTP_IDEMPOTENCY_RETENTION_HOURS } from "./retention";
import * as s from "./schemas";

type Responses = Record<number, { description: string; schema?: z.ZodType }>;

const ERROR_STATUS: Record<number, string> = {
  400: "Invalid input (error.fields lists the failing fields), malformed JSON or Idempotency-Key",
  401: "Missing, invalid or revoked API key",
  403: "The key lacks the scope",
  404: "Not found (including another business's ids)",
  409: "Conflict: see error.code",
  410: "Gone: an expired voucher or card code",
  413: "Body larger than 64 KB",
  415: "Body is not application/json",
  422: "Unprocessable: see error.code",
  429: "Rate limited; see Retry-After",
};

export const ENDPOINTS: {
  method: "get" | "post";
  path: string;
  summary: string;
  scope: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  params?: z.ZodObject;
  responses: Responses;
  errors: number[];
}[] = [
  { method: "post", path: "/api/v1/members", summary: "Enrol a customer by email (200 when already a member)", scope: "members:write", body: s.enrollMemberBody,
    responses: { 201: { description: "Enrolled", schema: s.memberResponse }, 200: { description: "Already a member", schema: s.memberResponse } }, errors: [400, 401, 403, 413, 415, 429] },
  { method: "get", path: "/api/v1/members", summary: "Find a member by exactly one of email, phone, number or cardToken (consumed)", scope: "members:read",
    query: z.object({ email: z.string().optional(), phone: z.string().optional(), number: z.string().optional(), cardToken: z.string().optional() }),
    responses: { 200: { description: "The member", schema: s.memberResponse } }, errors: [400, 401, 403, 404, 409, 410, 422, 429] },
  { method: "get", path: "/api/v1/members/{id}", summary: "One member", scope: "members:read", params: z.object({ id: z.string() }),
    responses: { 200: { description: "The member", schema: s.memberResponse } }, errors: [401, 403, 404, 429] },
  { method: "post", path: "/api/v1/purchases", summary: "Record a purchase (a member's, or a non-member sale with neither memberId nor cardToken)", scope: "purchases:write", body: s.purchaseBody,
    responses: { 201: { description: "Recorded", schema: s.purchaseResponse } }, errors: [400, 401, 403, 404, 409, 410, 413, 415, 422, 429] },
  { method: "post", path: "/api/v1/purchases/{id}/refunds", summary: "Refund part or the rest of a purchase", scope: "purchases:write", body: s.refundBody, params: z.object({ id: z.string() }),
    responses: { 201: { description: "Refunded", schema: s.refundResponse } }, errors: [400, 401, 403, 404, 409, 413, 415, 422, 429] },
  { method: "get", path: "/api/v1/rewards", summary: "The live rewards catalog", scope: "members:read",
    responses: { 200: { description: "The catalog", schema: s.rewardsResponse } }, errors: [401, 403, 429] },
  { method: "post", path: "/api/v1/redemptions", summary: "Redeem a reward for a member", scope: "redemptions:write", body: s.redemptionBody,
    responses: { 201: { description: "The voucher", schema: s.redemptionResponse } }, errors: [400, 401, 403, 404, 409, 413, 415, 429] },
  { method: "post", path: "/api/v1/vouchers/{code}/use", summary: "Mark a voucher used", scope: "redemptions:write", params: z.object({ code: z.string() }),
    responses: { 200: { description: "Used", schema: s.voucherUseResponse } }, errors: [400, 401, 403, 404, 409, 410, 429] },
  { method: "post", path: "/api/v1/actions", summary: "Credit an owner-defined action", scope: "members:write", body: s.actionBody,
    responses: { 201: { description: "Credited", schema: s.actionResponse } }, errors: [400, 401, 403, 404, 409, 413, 415, 429] },
];

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

export function openApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: `A per-business API key. Scopes: ${API_SCOPES.join(", ")}.`,
  });
  for (const endpoint of ENDPOINTS) {
    const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {};
    for (const [status, response] of Object.entries(endpoint.responses)) {
      responses[status] = { description: response.description, ...(response.schema ? { content: { "application/json": { schema: response.schema } } } : {}) };
    }
    for (const status of endpoint.errors) {
      responses[status] = { description: ERROR_STATUS[status]!, content: { "application/json": { schema: s.errorResponse } } };
    }
    registry.registerPath({
      method: endpoint.method,
      path: endpoint.path,
      summary: endpoint.summary,
      description: `Scope: \`${endpoint.scope}\`.${endpoint.method === "post" ? " Accepts `Idempotency-Key` (1–255 characters): a repeat with the same body returns the first response with `Idempotent-Replayed: true`; with another body, 409 `idempotency_conflict`. Keys are remembered for " + HTTP_IDEMPOTENCY_RETENTION_HOURS + " hours." : ""}`,
      security: [{ [bearer.name]: [] }],
      request: {
        ...(endpoint.params ? { params: endpoint.params } : {}),
        ...(endpoint.query ? { query: endpoint.query } : {}),
        ...(endpoint.body ? { body: { required: true, content: { "application/json": { schema: endpoint.body } } } } : {}),
        ...(endpoint.method === "post" ? { headers: z.object({ "Idempotency-Key": z.string().min(1).max(255).optional() }) } : {}),
      },
      responses,
    });
  }
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Suki POS API",
      version: "1.0.0",
      description:
        "Enrol, look up, earn, refund, redeem and use vouchers from a till or web shop. Money is integer minor units, points are integers. " +
        'Errors are {"error": {"code", "message"}}. Webhooks (member.tier_changed, voucher.issued, voucher.used) are signed with ' +
        "`Suki-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">`.",
    },
    servers: [{ url: "/" }],
  });
  return cached;
}
