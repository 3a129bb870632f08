// Queueing webhook deliveries. The engine (lib/loyalty) does not emit events, and its
// transactions are not ours to extend, so events are derived from the rows it commits:
// TierChange (member.tier_changed) and Redemption (voucher.issued / voucher.used). Each
// event occurrence has a stable key (`voucher.used/<redemption id>`), unique per endpoint,
// so queueing the same event twice is a no-op. Two callers queue:
// - the API route handlers, right after the engine call returns (low latency for the
//   events their request caused);
// - the webhook cron, which sweeps the last day for events from every other source (the
//   portal, the admin counter, tier reviews) and any a crashed request never queued.
// Because the sweep catches up, the inserts commit without waiting for the WAL flush
// (lib/db/async-commit.ts): a till's request does not wait on a disk write for them.
import "server-only";
import { pool } from "@/lib/db/client";
import { ASYNC_COMMIT } from "@/lib/db/async-commit";
import type { PurchaseResult } from "@/lib/loyalty/purchases";

/** The sweep's window; older events are not worth announcing any more. */
export const SWEEP_WINDOW_HOURS = 24;

type Scope = { businessId: string | null; since: Date; memberId?: string; redemptionIds?: string[] };

export async function enqueueAfterPurchase(businessId: string, purchase: PurchaseResult): Promise<void> {
  if (!purchase.memberId) return;
  const since = new Date(Date.now() - 60_000);
  await enqueueTierChanges({ businessId, since, memberId: purchase.memberId });
  await enqueueVoucherIssued(businessId, purchase.vouchersIssued.map((voucher) => voucher.redemptionId));
}

export async function enqueueVoucherIssued(businessId: string, redemptionIds: string[]): Promise<void> {
  if (redemptionIds.length === 0) return;
  await enqueueIssued({ businessId, since: new Date(Date.now() - 60_000), redemptionIds });
}

export async function enqueueVoucherUsed(businessId: string, redemptionId: string): Promise<void> {
  await enqueueUsed({ businessId, since: new Date(Date.now() - 60_000), redemptionIds: [redemptionId] });
}

/** The cron's sweep over every business; returns how many deliveries it queued. */
export async function sweepEvents(now = new Date()): Promise<number> {
  const scope = { businessId: null, since: new Date(now.getTime() - SWEEP_WINDOW_HOURS * 3_600_000) };
  return (await enqueueTierChanges(scope)) + (await enqueueIssued(scope)) + (await enqueueUsed(scope));
}

// Only events after the endpoint was created are sent: a new endpoint is not flooded with history.
async function enqueueTierChanges(scope: Scope): Promise<number> {
  const result = await pool.query(
    `INSERT INTO "WebhookDelivery" (id, "businessId", "endpointId", event, "eventKey", payload)
     SELECT gen_random_uuid()::text, e."businessId", e.id, 'member.tier_changed', 'member.tier_changed/' || c.id,
       jsonb_build_object('id', 'member.tier_changed/' || c.id, 'type', 'member.tier_changed', 'createdAt', to_char(c.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'data', jsonb_build_object('memberId', c."memberId", 'memberNumber', m.number, 'reason', c.reason,
           'fromTier', CASE WHEN f.id IS NULL THEN NULL ELSE jsonb_build_object('id', f.id, 'name', f.name) END,
           'toTier', CASE WHEN t.id IS NULL THEN NULL ELSE jsonb_build_object('id', t.id, 'name', t.name) END))
     FROM "TierChange" c
     CROSS JOIN ${ASYNC_COMMIT}
     JOIN "WebhookEndpoint" e ON e."businessId" = c."businessId" AND e.active AND 'member.tier_changed' = ANY(e.events)
     JOIN "Member" m ON m.id = c."memberId"
     LEFT JOIN "Tier" f ON f.id = c."fromTierId" LEFT JOIN "Tier" t ON t.id = c."toTierId"
     WHERE c.at >= $2::timestamp AND c.at >= e."createdAt" AND c."fromTierId" IS NOT NULL
       AND ($1::text IS NULL OR c."businessId" = $1) AND ($3::text IS NULL OR c."memberId" = $3)
     ON CONFLICT ("endpointId", "eventKey") DO NOTHING`,
    [scope.businessId, utc(scope.since), scope.memberId ?? null],
  );
  return result.rowCount ?? 0;
}

async function enqueueIssued(scope: Scope): Promise<number> {
  return enqueueVoucherEvent("voucher.issued", `r."createdAt"`, scope);
}

async function enqueueUsed(scope: Scope): Promise<number> {
  return enqueueVoucherEvent("voucher.used", `r."usedAt"`, scope);
}

async function enqueueVoucherEvent(event: "voucher.issued" | "voucher.used", at: `r."createdAt"` | `r."usedAt"`, scope: Scope): Promise<number> {
  const result = await pool.query(
    `INSERT INTO "WebhookDelivery" (id, "businessId", "endpointId", event, "eventKey", payload)
     SELECT gen_random_uuid()::text, e."businessId", e.id, $1, $1 || '/' || r.id,
       jsonb_build_object('id', $1 || '/' || r.id, 'type', $1, 'createdAt', to_char(${at}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'data', jsonb_build_object('redemptionId', r.id, 'code', r.code, 'memberId', r."memberId", 'rewardId', r."rewardId",
           'rewardName', w.name, 'source', r.source::text, 'points', r.points,
           'expiresAt', to_char(r."expiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'usedAt', to_char(r."usedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
     FROM "Redemption" r
     CROSS JOIN ${ASYNC_COMMIT}
     JOIN "WebhookEndpoint" e ON e."businessId" = r."businessId" AND e.active AND $1 = ANY(e.events)
     LEFT JOIN "Reward" w ON w.id = r."rewardId"
     WHERE ${at} IS NOT NULL AND ${at} >= $3::timestamp AND ${at} >= e."createdAt"
       AND ($2::text IS NULL OR r."businessId" = $2) AND ($4::text[] IS NULL OR r.id = ANY($4::text[]))
     ON CONFLICT ("endpointId", "eventKey") DO NOTHING`,
    [event, scope.businessId, utc(scope.since), scope.redemptionIds ?? null],
  );
  return result.rowCount ?? 0;
}

/** timestamp(3) columns hold UTC (Prisma's convention); compare with a UTC wall-clock string. */
function utc(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}
