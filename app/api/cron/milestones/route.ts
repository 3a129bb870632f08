/**
 * Milestone and offer notices. Schedule: hourly (birthdays and anniversaries use each
 * business's own calendar day, so every time zone gets its morning run).
 * Selects: visit and spend thresholds crossed in the last 7 days, anniversaries and birthdays
 * today, lapsed members (win-back) and active opted-in members due their monthly touch.
 * (Tiers reached and punch cards filled are queued by the engine in their own transaction.)
 * Idempotent: every notice has a dedupe key naming its occasion, e.g.
 * `milestone/10-visits/<memberId>`, `birthday/<year>/<memberId>`, `touch/<day>/<memberId>`.
 */
import { cronRoute } from "@/lib/email/cron-route";
import { queueMilestones } from "@/lib/email/jobs/milestones";

export const dynamic = "force-dynamic";

const handler = cronRoute("milestones", () => queueMilestones());
export const GET = handler;
export const POST = handler;
