/**
 * Expiring-points warnings. Schedule: daily at 01:00 UTC.
 * Selects: LedgerLot rows with remaining > 0 expiring within each business's warning window
 * (expiringWarnDays, default 14), summed per member.
 * Idempotent: dedupe key `points-expiring/<first expiry date>/<memberId>`.
 */
import { cronRoute } from "@/lib/email/cron-route";
import { queueExpiringPoints } from "@/lib/email/jobs/expiring-points";

export const dynamic = "force-dynamic";

const handler = cronRoute("expiring-points", () => queueExpiringPoints());
export const GET = handler;
export const POST = handler;
