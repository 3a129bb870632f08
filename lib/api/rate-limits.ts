// Rate limits of the POS API, counted in PostgreSQL (ApiRateLimit, rate-limiter-flexible's
// Postgres layout) through the app's pg pool, so every app instance shares them. Per key: the
// key's own requests per minute, counted inside authentication's query (lib/api/auth.ts).
// Per IP: failed authentications (rate-limiter-flexible's penalty), so guessing keys from one
// address stops quickly.
import "server-only";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { pool } from "@/lib/db/client";
import { ApiError } from "./errors";

export const FAILED_AUTH_PER_IP = 30;
const FIFTEEN_MINUTES = 15 * 60;

/** Prefix of the per-key counters (counted by lib/api/auth.ts's query, minute windows). */
export const KEY_COUNTER_PREFIX = "api-key:";

let failedAuth: RateLimiterPostgres | undefined;
function failedAuthLimiter(): RateLimiterPostgres {
  failedAuth ??= new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "ApiRateLimit",
    tableCreated: true,
    // Deletes rows expired over an hour ago every 5 minutes (an unref'd timer), the per-key
    // counters included, since they share the table and its expire column.
    clearExpiredByTimeout: true,
    keyPrefix: "api-auth-ip",
    points: FAILED_AUTH_PER_IP,
    duration: FIFTEEN_MINUTES,
  });
  return failedAuth;
}

export function rateLimited(msBeforeNext: number): ApiError {
  return new ApiError("rate_limited", { headers: { "Retry-After": String(Math.max(1, Math.ceil(msBeforeNext / 1000))) } });
}

/** The failure counter's row key, as rate-limiter-flexible names it (lib/api/auth.ts reads it). */
export function failedAuthKey(ip: string): string {
  return `api-auth-ip:${ip}`;
}

export async function recordFailedAuth(ip: string): Promise<void> {
  await failedAuthLimiter().penalty(ip, 1);
}
