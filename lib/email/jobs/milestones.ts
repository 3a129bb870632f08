// Milestone notices found from the tables: the Nth visit and lifetime spend thresholds crossed
// in the last week, and membership anniversaries today (business time zone). Counting a
// member's visits and spend on every purchase would put two aggregates into the engine's hot
// path, so these are found here; tiers reached and punch cards filled are queued by the engine
// itself (lib/email/milestone-notices.ts). Each dedupe key names its occasion
// (`milestone/10-visits/<memberId>`), so re-runs and overlapping windows queue it once.
import "server-only";
import { minorUnitDigits } from "@/lib/format/money";
import { inTransaction, type Tx } from "@/lib/loyalty/tx";
import { businessesForJobs, insertNotices, localDay, type JobBusiness, type Notice } from "./notices";
import { queueOffers } from "./offers";

const WINDOW_MS = 7 * 86_400_000;
export const VISIT_MILESTONES = [5, 10, 25, 50, 100, 250, 500];
/** Lifetime spend thresholds in major units of the business's currency. */
export const SPEND_MILESTONES = [1_000, 5_000, 10_000, 50_000, 100_000];

export async function queueMilestones(now = new Date()): Promise<{ milestones: number; offers: number }> {
  let milestones = 0;
  let offers = 0;
  for (const business of await businessesForJobs()) {
    await inTransaction(async (tx) => {
      if (!business.settings.disabled.includes("milestone")) {
        const notices = [...(await visitsAndSpend(tx, business, now)), ...(await anniversaries(tx, business, now))];
        milestones += await insertNotices(tx, business.id, "milestone", now, notices);
      }
      offers += await queueOffers(tx, business, now);
    });
  }
  return { milestones, offers };
}

async function visitsAndSpend(tx: Tx, business: JobBusiness, now: Date): Promise<Notice[]> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const scale = 10 ** minorUnitDigits(business.currency);
  const rows = await tx.rows<{ memberId: string; name: string | null; total: number; recent: number; spent: number; recentSpent: number }>`
    SELECT p."memberId", m."displayName" AS name, COUNT(*)::int AS total,
      COUNT(*) FILTER (WHERE p."occurredAt" > ${since}::timestamp(3))::int AS recent,
      SUM(p."amountMinor" - p."refundedMinor")::bigint AS spent,
      COALESCE(SUM(p."amountMinor" - p."refundedMinor") FILTER (WHERE p."occurredAt" > ${since}::timestamp(3)), 0)::bigint AS "recentSpent"
    FROM "Purchase" p JOIN "Member" m ON m.id = p."memberId"
    WHERE p."businessId" = ${business.id} AND p."occurredAt" <= ${now}::timestamp(3)
      AND p."memberId" IN (SELECT "memberId" FROM "Purchase" WHERE "businessId" = ${business.id}
        AND "occurredAt" > ${since}::timestamp(3) AND "occurredAt" <= ${now}::timestamp(3))
    GROUP BY p."memberId", m."displayName"`;
  const notices: Notice[] = [];
  for (const row of rows) {
    // Only the highest threshold crossed this week: nobody gets "5th visit" and "10th visit" at once.
    const visits = VISIT_MILESTONES.filter((n) => row.total >= n && row.total - row.recent < n).at(-1);
    if (visits) notices.push({ memberId: row.memberId, dedupeKey: `milestone/${visits}-visits/${row.memberId}`, props: { name: row.name, milestone: { kind: "visits", visits } } });
    const spend = SPEND_MILESTONES.map((major) => major * scale).filter((t) => row.spent >= t && row.spent - row.recentSpent < t).at(-1);
    if (spend) notices.push({ memberId: row.memberId, dedupeKey: `milestone/spend-${spend}/${row.memberId}`, props: { name: row.name, milestone: { kind: "spend", amountMinor: spend } } });
  }
  return notices;
}

async function anniversaries(tx: Tx, business: JobBusiness, now: Date): Promise<Notice[]> {
  const today = localDay(now, business.timeZone);
  const rows = await tx.rows<{ id: string; name: string | null; joinedYear: number }>`
    SELECT id, "displayName" AS name, EXTRACT(YEAR FROM ("joinedAt" AT TIME ZONE 'UTC' AT TIME ZONE ${business.timeZone}))::int AS "joinedYear"
    FROM "Member" WHERE "businessId" = ${business.id} AND status = 'ACTIVE'
      AND to_char("joinedAt" AT TIME ZONE 'UTC' AT TIME ZONE ${business.timeZone}, 'MM-DD') = ${today.monthDay}`;
  return rows
    .filter((row) => today.year > row.joinedYear)
    .map((row) => {
      const years = today.year - row.joinedYear;
      return { memberId: row.id, dedupeKey: `milestone/anniversary-${years}/${row.id}`, props: { name: row.name, milestone: { kind: "anniversary", years } } };
    });
}
