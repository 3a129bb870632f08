// Delivering queued webhooks. A run claims due rows with FOR UPDATE SKIP LOCKED and pushes
// their next attempt out as a lease in the same statement, so several instances (or an
// overlapping run) never send one row at the same time, and a run that crashes mid-send
// simply leaves its rows to be retried after the lease. Delivery is at least once: a crash
// between the receiver's 2xx and our DELIVERED mark sends again, with the same event id.
// Each attempt resolves the endpoint's host, refuses private and reserved addresses
// (address-policy.ts), and connects to exactly the address it checked, so a DNS answer that
// changes between the check and the connection (rebinding) cannot steer the request inward.
import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env.js";
import { checkedTarget, parseAllowPrivate, type AddressPolicy, type Resolve, type Target } from "./address-policy";
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

export type DeliveryOptions = { policy?: AddressPolicy; resolve?: Resolve };

const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export async function deliverDueWebhooks(options: DeliveryOptions = {}): Promise<DeliveryRun> {
  const policy = options.policy ?? parseAllowPrivate(env.WEBHOOK_ALLOW_PRIVATE);
  const resolve = options.resolve ?? systemResolve;
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
      const outcome = await attempt(row, policy, resolve);
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

type Outcome = { ok: boolean; status: number | null; error: string | null };

async function attempt(row: Claimed, policy: AddressPolicy, resolve: Resolve): Promise<Outcome> {
  const body = JSON.stringify(row.payload);
  try {
    const url = new URL(row.url);
    const target = await checkedTarget(url, policy, resolve);
    if ("refused" in target) return { ok: false, status: null, error: target.refused };
    const status = await postPinned(url, target, body, {
      "Content-Type": "application/json",
      "User-Agent": "Suki-Webhooks/1",
      "Suki-Event": row.event,
      "Suki-Event-Id": row.eventKey,
      [SIGNATURE_HEADER]: signWebhook(row.secret, body),
    });
    return status >= 200 && status < 300 ? { ok: true, status, error: null } : { ok: false, status, error: `HTTP ${status}` };
  } catch (error) {
    return { ok: false, status: null, error: error instanceof Error ? error.message.slice(0, 200) : "network error" };
  }
}

/**
 * POSTs to the URL over a fresh connection to `target` only: the lookup hook answers with the
 * checked address whatever name the socket asks for, and TLS still verifies the certificate
 * against the URL's host name. No redirects are followed, no connection is pooled.
 */
function postPinned(url: URL, target: Target, body: string, headers: Record<string, string>): Promise<number> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolvePost, reject) => {
    const request = transport.request(
      url,
      { method: "POST", headers: { ...headers, "Content-Length": Buffer.byteLength(body) }, lookup: pinned, agent: false, signal: AbortSignal.timeout(TIMEOUT_MS) },
      (response) => {
        // The receiver's body is not ours to read; drop it and free the socket.
        response.resume();
        response.on("error", () => {});
        resolvePost(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}
