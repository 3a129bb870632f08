import "server-only";
import { createHash } from "node:crypto";
import { LoyaltyError } from "./errors";
import { inTransaction, type Tx } from "./tx";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Runs `work` once per (business, key). The claim is an INSERT … ON CONFLICT DO NOTHING: a
 * concurrent caller with the same key blocks on the unique index until the first commits,
 * then reads its result; if the first rolled back, the second simply proceeds. The same key
 * with a different input is refused (DESIGN.md §4.4).
 */
export async function once<T extends Json>(
  tx: Tx,
  claim: { businessId: string; key: string | undefined; operation: string; input: unknown },
  work: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  if (!claim.key) return { result: await work(), replayed: false };
  const fingerprint = fingerprintOf(claim.operation, claim.input);
  const inserted = await tx.run`
    INSERT INTO "IdempotencyRecord" ("businessId", key, fingerprint, result)
    VALUES (${claim.businessId}, ${claim.key}, ${fingerprint}, 'null'::jsonb)
    ON CONFLICT DO NOTHING`;
  if (inserted === 0) {
    const existing = (await tx.one<{ fingerprint: string; result: unknown }>`
      SELECT fingerprint, result FROM "IdempotencyRecord" WHERE "businessId" = ${claim.businessId} AND key = ${claim.key}`)!;
    if (existing.fingerprint !== fingerprint) throw new LoyaltyError("idempotency_conflict");
    return { result: existing.result as T, replayed: true };
  }
  const result = await work();
  await tx.run`UPDATE "IdempotencyRecord" SET result = ${JSON.stringify(result)}::jsonb WHERE "businessId" = ${claim.businessId} AND key = ${claim.key}`;
  return { result, replayed: false };
}

/** One engine operation in its own transaction, run once per (business, idempotency key). */
export async function onceInTransaction<T extends { [key: string]: Json }>(
  operation: string,
  input: { businessId: string; idempotencyKey?: string },
  work: (tx: Tx) => Promise<T>,
): Promise<T & { replayed: boolean }> {
  return inTransaction(async (tx) => {
    const claim = { businessId: input.businessId, key: input.idempotencyKey, operation, input: { ...input, idempotencyKey: undefined } };
    const { result, replayed } = await once(tx, claim, () => work(tx));
    return { ...result, replayed };
  });
}

export function fingerprintOf(operation: string, input: unknown): string {
  return createHash("sha256").update(operation).update("\0").update(canonicalJson(input)).digest("hex");
}

/** JSON with sorted keys and ISO dates, so equal inputs hash equally whatever their order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value));
}

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, normalize(entry)]),
    );
  }
  return value;
}

/**
 * For operations that own a natural unique row (a purchase's receipt id): the claim is that
 * row's ON CONFLICT insert, and the result is remembered at the end in the same transaction —
 * one round trip instead of once()'s two. `replayOf` answers a conflict: the first result when
 * the input is the same, a conflict when it is not, null when no result was remembered.
 */
export async function replayOf<T extends Json>(
  tx: Tx,
  claim: { businessId: string; key: string; operation: string; input: unknown },
): Promise<T | null> {
  const existing = await tx.one<{ fingerprint: string; result: T }>`
    SELECT fingerprint, result FROM "IdempotencyRecord" WHERE "businessId" = ${claim.businessId} AND key = ${claim.key}`;
  if (!existing) return null;
  if (existing.fingerprint !== fingerprintOf(claim.operation, claim.input)) throw new LoyaltyError("idempotency_conflict");
  return existing.result;
}

export async function remember(
  tx: Tx,
  claim: { businessId: string; key: string; operation: string; input: unknown },
  result: Json,
): Promise<void> {
  const inserted = await tx.run`
    INSERT INTO "IdempotencyRecord" ("businessId", key, fingerprint, result)
    VALUES (${claim.businessId}, ${claim.key}, ${fingerprintOf(claim.operation, claim.input)}, ${JSON.stringify(result)}::jsonb)
    ON CONFLICT DO NOTHING`;
  // The key already answered another request (an explicit key reused for another receipt).
  if (inserted === 0) throw new LoyaltyError("idempotency_conflict");
}
