// Delivering queued webhooks. A run claims due rows with FOR UPDATE SKIP LOCKED and pushes
// their next attempt out as a lease in the same statement, so several instances (or an
// overlapping run) never send one row at the same time, and a run that crashes mid-send
// simply leaves its rows to be retried after the lease. Delivery is at least once: a crash
// between the receiver's 2xx and our DELIVERED mark sends again, with the same event id.
import "server-only";
import { pool } from "@/lib/db/client";
import { SIGNATURE_HEADER, signWebhook } from "./sign";

export const MAX_ATTEMPTS = 8;
const BATCH = 50;
const TIMEOUT_MS = 10_000;
const LEASE_SECONDS = 120;

/** Seconds before attempt n+1 after n failures: 30 s, 1 min, 2 min … capped at 6 h. */
export function backoffSeconds(failures: number): number {
  return Math.min(30 * 2 ** Math.max(0, failures - 1), 6 * 3600);
}

type Claimed = { id: string; event: string; eventKey: string; payload: unknown; attempts: number; url: string; secret: string };
export type DeliveryRun = { claimed: number; sent: number; retried: number; failed: number };

export async function deliverDueWebhooks(send: typeof fetch = fetch): Promise<DeliveryRun> {
  const { rows } = await pool.query<Claimed>(
    `WITH due AS (
       SELECT d.id FROM "WebhookDelivery" d
       WHERE d.status = 'PENDING' AND d."nextAttemptAt" <= now()::timestamp
       ORDER BY d."nextAttemptAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
     )
     UPDATE "WebhookDelivery" d SET attempts = d.attempts + 1, "nextAttemptAt" = now()::timestamp + make_interval(secs => ${LEASE_SECONDS})
     FROM due, "WebhookEndpoint" e WHERE d.id = due.id AND e.id = d."endpointId"
     RETURNING d.id, d.event, d."eventKey", d.payload, d.attempts, e.url, e.secret`,
  );
  const run: DeliveryRun = { claimed: rows.length, sent: 0, retried: 0, failed: 0 };
  await Promise.all(
    rows.map(async (row) => {
      const outcome = await attempt(send, row);
      if (outcome.ok) {
        run.sent += 1;
        await pool.query(`UPDATE "WebhookDelivery" SET status = 'DELIVERED', "deliveredAt" = now()::timestamp, "lastStatus" = $2, "lastError" = NULL WHERE id = $1`, [row.id, outcome.status]);
      } else if (row.attempts >= MAX_ATTEMPTS) {
        run.failed += 1;
        await pool.query(`UPDATE "WebhookDelivery" SET status = 'FAILED', "lastStatus" = $2, "lastError" = $3 WHERE id = $1`, [row.id, outcome.status, outcome.error]);
      } else {
        run.retried += 1;
        await pool.query(
          `UPDATE "WebhookDelivery" SET "nextAttemptAt" = now()::timestamp + make_interval(secs => $4), "lastStatus" = $2, "lastError" = $3 WHERE id = $1`,
          [row.id, outcome.status, outcome.error, backoffSeconds(row.attempts)],
        );
      }
    }),
  );
  return run;
}

async function attempt(send: typeof fetch, row: Claimed): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  const body = JSON.stringify(row.payload);
  try {
    const response = await send(row.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Suki-Webhooks/1",
        "Suki-Event": row.event,
        "Suki-Event-Id": row.eventKey,
        [SIGNATURE_HEADER]: signWebhook(row.secret, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => {});
    return response.ok ? { ok: true, status: response.status, error: null } : { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, status: null, error: error instanceof Error ? error.message.slice(0, 200) : "network error" };
  }
}
