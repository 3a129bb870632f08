/**
 * Thank-you notes. Schedule: every 15 minutes.
 * Selects: member purchases of the last two days older than each business's
 * thankYouDelayMinutes (and not fully refunded), unless the business switched the kind off.
 * Idempotent: one outbox row per purchase, dedupe key `thank-you/<purchaseId>`; /api/cron/outbox
 * delivers them under the cadence rules.
 */
import { cronRoute } from "@/lib/email/cron-route";
import { queueThankYouNotes } from "@/lib/email/jobs/thank-you";

export const dynamic = "force-dynamic";

const handler = cronRoute("thank-you", () => queueThankYouNotes());
export const GET = handler;
export const POST = handler;
