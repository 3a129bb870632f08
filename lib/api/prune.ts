// Housekeeping of the POS API's own records, which otherwise grow by a row per request:
// - HTTP Idempotency-Key records (`http/<key>` in IdempotencyRecord) after 24 hours, as the
//   API reference says (lib/api/openapi.ts, /docs/api). Only the HTTP layer's records go: the
//   engine's own keys (`api/<key>`, `purchase/…`, ledger keys) stay, so a retry after a day
//   still cannot redeem or refund twice; the receipt id still refuses a second purchase.
// - CardTokenUse rows after an hour: they only need to outlive the token they consumed.
// (retention.ts has both periods.)
// Deletes go in batches (a short lock and WAL burst each, never one huge statement) until a
// batch comes back short or the run's batch budget is spent; the next run goes on. Running it
// twice, or from two instances at once, deletes nothing twice.
import "server-only";
import { pool } from "@/lib/db/client";
import { CARD_TOKEN_USE_RETENTION_SECONDS, HTTP_IDEMPOTENCY_RETENTION_HOURS } from "./retention";

export type PruneRun = { idempotencyRecords: number; cardTokenUses: number };

export async function pruneApiRecords(options: { now?: Date; batchSize?: number; maxBatches?: number } = {}): Promise<PruneRun> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 5000;
  const maxBatches = options.maxBatches ?? 100;
  const idempotencyBefore = new Date(now.getTime() - HTTP_IDEMPOTENCY_RETENTION_HOURS * 3_600_000);
  const cardTokensBefore = new Date(now.getTime() - CARD_TOKEN_USE_RETENTION_SECONDS * 1000);
  return {
    idempotencyRecords: await deleteInBatches(
      `DELETE FROM "IdempotencyRecord" WHERE ctid IN (
         SELECT ctid FROM "IdempotencyRecord" WHERE key LIKE 'http/%' AND "createdAt" < $1::timestamp LIMIT $2)`,
      idempotencyBefore,
      batchSize,
      maxBatches,
    ),
    cardTokenUses: await deleteInBatches(
      `DELETE FROM "CardTokenUse" WHERE ctid IN (SELECT ctid FROM "CardTokenUse" WHERE "usedAt" < $1::timestamp LIMIT $2)`,
      cardTokensBefore,
      batchSize,
      maxBatches,
    ),
  };
}

async function deleteInBatches(statement: string, before: Date, batchSize: number, maxBatches: number): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const { rowCount } = await pool.query(statement, [utc(before), batchSize]);
    deleted += rowCount ?? 0;
    if ((rowCount ?? 0) < batchSize) break;
  }
  return deleted;
}

/** timestamp(3) columns hold UTC (Prisma's convention); compare with a UTC wall-clock string. */
function utc(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}
