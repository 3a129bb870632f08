/**
 * POS API housekeeping. Schedule: hourly at minute 17 (vercel.json, npm run scheduler).
 * Selects: HTTP Idempotency-Key records older than 24 hours and member-card token uses older
 * than an hour (lib/api/prune.ts), deleted in batches of 5,000.
 * Idempotent: it only deletes rows past their retention, so a re-run or a second instance
 * finds fewer or none; a run that stops early leaves the rest to the next hour.
 */
import { pruneApiRecords } from "@/lib/api/prune";
import { cronRoute } from "@/lib/email/cron-route";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

const handler = cronRoute("prune-api", () => pruneApiRecords());
export const GET = handler;
export const POST = handler;
