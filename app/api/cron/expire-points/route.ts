/**
 * Points expiry. Schedule: daily at 00:30 UTC.
 * Selects: every business; lib/loyalty/expiry.ts finds lots past their expiry (or members
 * inactive too long) and vouchers past their date, each member under its row lock.
 * Idempotent: each lot's EXPIRE entry has the ledger idempotency key `expire/<lotId>`, so a
 * re-run (or two instances at once) finds nothing left to expire.
 */
import { cronRoute } from "@/lib/email/cron-route";
import { expireAllBusinesses } from "@/lib/email/jobs/expire-points";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

const handler = cronRoute("expire-points", () => expireAllBusinesses());
export const GET = handler;
export const POST = handler;
