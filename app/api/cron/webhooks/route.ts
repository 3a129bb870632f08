/**
 * Webhook delivery. Schedule: every minute (vercel.json, npm run scheduler).
 * Selects: first sweeps the last day's tier changes and vouchers into the queue (a unique
 * key per endpoint and event makes that a no-op for what is already queued), then claims up
 * to 50 due PENDING deliveries with FOR UPDATE SKIP LOCKED and a lease, signs and POSTs
 * them, and marks each DELIVERED, retries it with backoff, or gives up after 8 attempts.
 * Idempotent: safe to run twice or from several instances at once.
 */
import { deliverDueWebhooks } from "@/lib/api/webhooks/deliver";
import { sweepEvents } from "@/lib/api/webhooks/enqueue";
import { cronRoute } from "@/lib/email/cron-route";

export const dynamic = "force-dynamic";

const run = cronRoute("webhooks", async () => {
  const queued = await sweepEvents();
  return { queued, ...(await deliverDueWebhooks()) };
});

export const GET = run;
export const POST = run;
