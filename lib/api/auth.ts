// API-key authentication: `Authorization: Bearer <key>`, looked up by its SHA-256 (the key
// itself is never stored), refused when revoked. Each failure counts against the caller's IP.
// One round trip answers the key, counts the request against the key's rate limit, tells
// whether the caller's address is blocked for failing too often, and whether the business
// has webhook endpoints (so purchases skip queueing events when nobody listens): on this
// hardware each query costs the POS hot path about 0.3 ms of CPU (bench/api.ts). The counter
// row is one per key, so every request of a till updates the same row: it commits without
// waiting for the WAL flush (async-commit.ts), or the row lock would be held through each
// fsync and cap one key at a few hundred requests per second.
import "server-only";
import { pool } from "@/lib/db/client";
import { hashApiKey } from "./api-key-hash";
import type { ApiScope } from "./api-scopes";
import { ASYNC_COMMIT } from "@/lib/db/async-commit";
import { ApiError } from "./errors";
import { FAILED_AUTH_PER_IP, failedAuthKey, KEY_COUNTER_PREFIX, rateLimited, recordFailedAuth } from "./rate-limits";

export type ApiCaller = {
  apiKeyId: string;
  businessId: string;
  scopes: string[];
  hasWebhooks: boolean;
  /** Requests counted for this key in the current minute, and its limit */
  rateLimit: { limit: number; used: number; resetInMs: number };
};

type Row = {
  failures: number | null;
  blockedForMs: number | null;
  id: string | null;
  businessId: string;
  scopes: string[];
  rateLimitPerMinute: number;
  stale: boolean;
  hasWebhooks: boolean;
  requests: number | null;
  windowLeftMs: number | null;
};

export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || request.headers.get("x-real-ip") || "unknown").slice(0, 64);
}

export async function authenticate(request: Request): Promise<ApiCaller> {
  const ip = clientIp(request);
  const match = /^Bearer ([\x21-\x7e]{1,200})$/.exec(request.headers.get("authorization")?.trim() ?? "");
  const key = match?.[1];
  const now = Date.now();
  // Counters use rate-limiter-flexible's row layout in ApiRateLimit (expire in epoch ms): the
  // failure counter is read here, and the key's request is counted here with the library's
  // fixed-window upsert, so the whole check is this one statement.
  // A named (prepared) statement: parsed and planned once per connection instead of per request.
  const row = (
    await pool.query<Row>({
      name: "api-authenticate",
      text: `WITH k AS (
         SELECT id, "businessId", scopes, "rateLimitPerMinute", "lastUsedAt" FROM "ApiKey" WHERE hash = $1 AND "revokedAt" IS NULL
       ), counted AS (
         INSERT INTO "ApiRateLimit" (key, points, expire) SELECT $4 || k.id, 1, $3::bigint + 60000 FROM k
         ON CONFLICT (key) DO UPDATE SET
           points = CASE WHEN "ApiRateLimit".expire <= $3::bigint THEN 1 ELSE "ApiRateLimit".points + 1 END,
           expire = CASE WHEN "ApiRateLimit".expire <= $3::bigint THEN $3::bigint + 60000 ELSE "ApiRateLimit".expire END
         RETURNING points, expire
       )
       SELECT f.points AS failures, (f.expire - $3::bigint)::int AS "blockedForMs",
              k.id, k."businessId", k.scopes, k."rateLimitPerMinute",
              (k."lastUsedAt" IS NULL OR k."lastUsedAt" < (now() AT TIME ZONE 'UTC') - interval '1 minute') AS stale,
              EXISTS (SELECT 1 FROM "WebhookEndpoint" w WHERE w."businessId" = k."businessId" AND w.active) AS "hasWebhooks",
              c.points AS requests, (c.expire - $3::bigint)::int AS "windowLeftMs"
       FROM ${ASYNC_COMMIT}
       LEFT JOIN "ApiRateLimit" f ON f.key = $2 AND f.expire > $3::bigint
       LEFT JOIN k ON true
       LEFT JOIN counted c ON true`,
      values: [key ? hashApiKey(key) : "", failedAuthKey(ip), now, KEY_COUNTER_PREFIX],
    })
  ).rows[0]!;
  // Checked before the key, so an address that keeps guessing learns nothing more.
  if ((row.failures ?? 0) >= FAILED_AUTH_PER_IP) throw rateLimited(row.blockedForMs ?? 1000);
  if (!row.id) {
    await recordFailedAuth(ip);
    throw new ApiError("unauthorized", { headers: { "WWW-Authenticate": 'Bearer realm="suki"' } });
  }
  // lastUsedAt is a hint for the owner, so it is written at most once a minute per key.
  if (row.stale) {
    // Not awaited: a failed bookkeeping write must not fail the till's request.
    pool.query(`UPDATE "ApiKey" SET "lastUsedAt" = now() AT TIME ZONE 'UTC' FROM ${ASYNC_COMMIT} WHERE id = $1`, [row.id]).catch((error: unknown) => console.error("[api] lastUsedAt", error));
  }
  return {
    apiKeyId: row.id,
    businessId: row.businessId,
    scopes: row.scopes,
    hasWebhooks: row.hasWebhooks,
    rateLimit: { limit: row.rateLimitPerMinute, used: row.requests ?? 0, resetInMs: row.windowLeftMs ?? 60_000 },
  };
}

/** 429 with Retry-After once the key's requests this minute pass its limit. */
export function assertWithinRateLimit(caller: ApiCaller): void {
  if (caller.rateLimit.used > caller.rateLimit.limit) throw rateLimited(caller.rateLimit.resetInMs);
}

export function assertScope(caller: ApiCaller, scope: ApiScope): void {
  if (!caller.scopes.includes(scope)) throw new ApiError("forbidden", { details: { requiredScope: scope } });
}
