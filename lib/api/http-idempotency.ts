// Idempotency-Key for every POST: the first request with a key claims it, and its response
// (status and body) is stored; a repeat with the same method, path and body gets that
// response back, a repeat with anything else 409 idempotency_conflict. Records live in the
// engine's IdempotencyRecord table under an `http/` prefix, so they never meet the engine's
// own keys. The claim is an autocommit INSERT … ON CONFLICT DO NOTHING rather than a held
// transaction: concurrent twins poll for the result instead of pinning pool connections
// while they wait (100 twins on a 20-connection pool would otherwise starve the first).
// createdAt is compared with now()::timestamp, the same clock its column default uses.
// Claims and stored answers commit without waiting for the WAL flush (async-commit.ts says
// what that risks and why the engine's own keys cover it); records go after 24 hours
// (prune.ts).
import "server-only";
import { createHash } from "node:crypto";
import { pool } from "@/lib/db/client";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { canonicalJson } from "@/lib/loyalty/idempotency";
import { ASYNC_COMMIT } from "@/lib/db/async-commit";
import { ApiError, type ApiResult } from "./errors";

/** A claim older than this belongs to a request that died; a retry may take it over. */
const ABANDONED_AFTER_SECONDS = 60;
const WAIT_FOR_TWIN_MS = 15_000;

export type Claim = { businessId: string; key: string; fingerprint: string };
type Stored = { status: number; body: unknown };

export function parseIdempotencyKey(header: string | null): string | undefined {
  if (header === null) return undefined;
  if (!/^[\x20-\x7e]{1,255}$/.test(header)) throw new ApiError("invalid_idempotency_key");
  return header;
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${method} ${path}\0`).update(canonicalJson(body ?? null)).digest("hex");
}

/** Claims the key, or answers with the stored first response. */
export async function claimOrReplay(claim: Claim): Promise<{ claimed: true } | { claimed: false; replay: Stored }> {
  const deadline = Date.now() + WAIT_FOR_TWIN_MS;
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    const inserted = await pool.query({
      name: "api-idempotency-claim",
      text: `INSERT INTO "IdempotencyRecord" ("businessId", key, fingerprint, result) SELECT $1, $2, $3, 'null'::jsonb FROM ${ASYNC_COMMIT} ON CONFLICT DO NOTHING`,
      values: [claim.businessId, claim.key, claim.fingerprint],
    });
    if (inserted.rowCount === 1) return { claimed: true };
    const existing = (
      await pool.query<{ fingerprint: string; result: Stored | null; abandoned: boolean }>(
        `SELECT fingerprint, result, "createdAt" < now()::timestamp - make_interval(secs => $3) AS abandoned
         FROM "IdempotencyRecord" WHERE "businessId" = $1 AND key = $2`,
        [claim.businessId, claim.key, ABANDONED_AFTER_SECONDS],
      )
    ).rows[0];
    if (!existing) continue; // released between our insert and select: claim again
    if (existing.fingerprint !== claim.fingerprint) throw new LoyaltyError("idempotency_conflict");
    if (existing.result !== null) return { claimed: false, replay: existing.result };
    if (existing.abandoned) {
      const taken = await pool.query(
        `UPDATE "IdempotencyRecord" SET "createdAt" = now()::timestamp
         WHERE "businessId" = $1 AND key = $2 AND result = 'null'::jsonb AND "createdAt" < now()::timestamp - make_interval(secs => $3)`,
        [claim.businessId, claim.key, ABANDONED_AFTER_SECONDS],
      );
      if (taken.rowCount === 1) return { claimed: true };
    }
    if (Date.now() > deadline) throw new ApiError("request_in_progress", { headers: { "Retry-After": "1" } });
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Stores the answer of a claimed key. */
export async function complete(claim: Claim, result: ApiResult): Promise<void> {
  await pool.query({
    name: "api-idempotency-complete",
    text: `UPDATE "IdempotencyRecord" SET result = $3::jsonb FROM ${ASYNC_COMMIT} WHERE "businessId" = $1 AND key = $2`,
    values: [claim.businessId, claim.key, JSON.stringify({ status: result.status, body: result.body })],
  });
}

/** Frees a claimed key after an unexpected failure, so the client's retry runs again. */
export async function release(claim: Claim): Promise<void> {
  await pool.query(`DELETE FROM "IdempotencyRecord" WHERE "businessId" = $1 AND key = $2 AND result = 'null'::jsonb`, [claim.businessId, claim.key]);
}
