// Members at risk (DESIGN.md §6): at least two visits in the last 365 days and no visit for
// more than twice their usual gap (the average time between those visits), the most regular
// first. It is the lapse the scheduled win-back writes to (lib/email/jobs/offers.ts), under the
// same dedupe key, so one absence never gets two win-backs.
import "server-only";
import { analyticsRow } from "./sql";

const YEAR_MS = 365 * 86_400_000;

export type AtRiskMember = {
  id: string;
  number: number;
  name: string | null;
  /** Visits in the last 365 days */
  visits: number;
  lastVisit: string;
  usualGapDays: number;
  daysAway: number;
  balance: number;
  /** Has an address and agreed to offers by email */
  reachable: boolean;
  /** A win-back for this absence is already queued or sent */
  winBackQueued: boolean;
};

export type AtRiskQuery = { count: number; members: AtRiskMember[] };

/** `limit` null: every member at risk (the CSV download). */
export async function atRiskQuery(input: { businessId: string; now: Date; limit: number | null }): Promise<AtRiskQuery> {
  const { businessId, now } = input;
  const since = new Date(now.getTime() - YEAR_MS);
  const row = await analyticsRow<{ count: number; members: AtRiskMember[] | null }>`
    WITH per_member AS (
      SELECT "memberId" AS member_id, COUNT(*) AS n, MIN("occurredAt") AS first, MAX("occurredAt") AS last
      FROM "Purchase"
      WHERE "businessId" = ${businessId} AND "memberId" IS NOT NULL
        AND "occurredAt" > ${since}::timestamp(3) AND "occurredAt" <= ${now}::timestamp(3)
      GROUP BY 1
    ), at_risk AS (
      SELECT p.*, m.number, m."displayName", m.balance, m."userId", m."marketingConsent", m."emailPreferences"
      FROM per_member p JOIN "Member" m ON m.id = p.member_id AND m.status = 'ACTIVE'
      WHERE p.n >= 2 AND ${now}::timestamp(3) - p.last > 2 * (p.last - p.first) / (p.n - 1)::float8
    )
    SELECT
      (SELECT COUNT(*) FROM at_risk)::int AS count,
      (SELECT json_agg(json_build_object(
          'id', r.member_id, 'number', r.number, 'name', r."displayName", 'visits', r.n,
          'lastVisit', to_char(r.last, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'usualGapDays', round((extract(epoch FROM r.last - r.first) / 86400 / (r.n - 1))::numeric, 1),
          'daysAway', floor(extract(epoch FROM ${now}::timestamp(3) - r.last) / 86400),
          'balance', r.balance,
          'reachable', r."userId" IS NOT NULL AND r."marketingConsent" AND COALESCE((r."emailPreferences" ->> 'offers')::boolean, true),
          'winBackQueued', EXISTS (SELECT 1 FROM "EmailMessage" e WHERE e."dedupeKey" = 'win-back/' || last_purchase.id || '/' || r.member_id))
          ORDER BY r.n DESC, r.number)
        FROM (SELECT * FROM at_risk ORDER BY n DESC, number LIMIT ${input.limit}::int) r
        LEFT JOIN LATERAL (
          SELECT id FROM "Purchase" WHERE "memberId" = r.member_id AND "businessId" = ${businessId} ORDER BY "occurredAt" DESC LIMIT 1
        ) last_purchase ON true) AS members`;
  return { count: row.count, members: row.members ?? [] };
}
