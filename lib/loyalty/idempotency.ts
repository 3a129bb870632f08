import "server-only";
import { createHash } from "node:crypto";
import { LoyaltyError } from "./errors";
import type { Tx } from "./tx";

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
  const inserted = await tx.$executeRaw`
    INSERT INTO "IdempotencyRecord" ("businessId", key, fingerprint, result)
    VALUES (${claim.businessId}, ${claim.key}, ${fingerprint}, 'null'::jsonb)
    ON CONFLICT DO NOTHING`;
  if (inserted === 0) {
    const existing = await tx.idempotencyRecord.findUniqueOrThrow({
      where: { businessId_key: { businessId: claim.businessId, key: claim.key } },
    });
    if (existing.fingerprint !== fingerprint) throw new LoyaltyError("idempotency_conflict");
    return { result: existing.result as T, replayed: true };
  }
  const result = await work();
  await tx.idempotencyRecord.update({
    where: { businessId_key: { businessId: claim.businessId, key: claim.key } },
    data: { result: result as never },
  });
  return { result, replayed: false };
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
