// The last twelve months of visits, read once for two views:
// - cohort retention: of the members who joined in month c, the share who bought something
//   in month c + k (local months, the current one included);
// - members at risk (DESIGN.md §6): at least two visits in the last 365 days and no visit for
//   more than twice their usual gap (the average time between those visits), most valuable
//   first. The same lapse is what the win-back job writes to (lib/email/jobs/offers.ts).
import "server-only";
import { instantArray, recentMonths } from "./scope";
import { analyticsRow } from "./sql";

const YEAR_MS = 365 * 86_400_000;

export type RetentionCell = { cohort: number; offset: number; active: number };
export type AtRiskMember = {
  id: string;
  number: number;
  name: string | null;
  visits: number;
  spentMinor: number;
  lastVisit: string;
  usualGapDays: number;
  daysAway: number;
  balance: number;
  /** Has an address and agreed to offers by email */
  reachable: boolean;
  /** A win-back for this lapse is already queued or sent */
  winBackQueued: boolean;
};

export type YearQuery = {
  months: string[];
  cohortSizes: number[];
  cells: RetentionCell[];
  atRiskCount: number;
  atRisk: AtRiskMember[];
};

export async function yearQuery(input: { businessId: string; timeZone: string; now: Date; atRiskLimit: number | null }): Promise<YearQuery> {
  const { businessId, now } = input;
  const months = recentMonths(now, input.timeZone, 12);
  const bounds = instantArray(months.map((month) => month.start));
  const since = new Date(now.getTime() - YEAR_MS);
  const row = await analyticsRow<{ sizes: { cohort: number; members: number }[] | null; cells: RetentionCell[] | null; count: number; risk: (Omit<AtRiskMember, "lastVisit"> & { lastVisit: string })[] | null }>`
    WITH per_member AS (
      -- One group per member; the months they came in are bits of a mask (bit k: local month k).
      SELECT "memberId" AS member_id, COUNT(*) AS n, MIN("occurredAt") AS first, MAX("occurredAt") AS last,
        SUM("amountMinor" - "refundedMinor") AS spent, bit_or(1 << width_bucket("occurredAt", ${bounds}::timestamp(3)[])) AS months
      FROM "Purchase"
      WHERE "businessId" = ${businessId} AND "memberId" IS NOT NULL
        AND "occurredAt" > ${since}::timestamp(3) AND "occurredAt" <= ${now}::timestamp(3)
      GROUP BY 1
    ), joined AS (
      SELECT id, width_bucket("joinedAt", ${bounds}::timestamp(3)[]) AS cohort
      FROM "Member"
      WHERE "businessId" = ${businessId} AND status <> 'DELETED' AND "joinedAt" >= ${bounds[0]}::timestamp(3) AND "joinedAt" <= ${now}::timestamp(3)
    ), at_risk AS (
      SELECT p.*, m.number, m."displayName", m.balance, m."userId", m."marketingConsent", m."emailPreferences"
      FROM per_member p JOIN "Member" m ON m.id = p.member_id AND m.status = 'ACTIVE'
      WHERE p.n >= 2 AND ${now}::timestamp(3) - p.last > 2 * (p.last - p.first) / (p.n - 1)::float8
    )
    SELECT
      (SELECT json_agg(json_build_object('cohort', cohort, 'members', members) ORDER BY cohort)
        FROM (SELECT cohort, COUNT(*) AS members FROM joined GROUP BY 1) s) AS sizes,
      (SELECT json_agg(json_build_object('cohort', cohort, 'offset', "offset", 'active', active) ORDER BY cohort, "offset")
        FROM (SELECT j.cohort, g.month - j.cohort AS "offset", COUNT(*) AS active
              FROM joined j JOIN per_member p ON p.member_id = j.id, generate_series(j.cohort, ${bounds.length}::int) g(month)
              WHERE p.months & (1 << g.month) <> 0 GROUP BY 1, 2) s) AS cells,
      (SELECT COUNT(*) FROM at_risk)::int AS count,
      (SELECT json_agg(json_build_object(
          'id', r.member_id, 'number', r.number, 'name', r."displayName", 'visits', r.n, 'spentMinor', r.spent,
          'lastVisit', to_char(r.last, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'usualGapDays', round((extract(epoch FROM r.last - r.first) / 86400 / (r.n - 1))::numeric, 1),
          'daysAway', floor(extract(epoch FROM ${now}::timestamp(3) - r.last) / 86400),
          'balance', r.balance,
          'reachable', r."userId" IS NOT NULL AND r."marketingConsent" AND COALESCE((r."emailPreferences" ->> 'offers')::boolean, true),
          'winBackQueued', EXISTS (SELECT 1 FROM "EmailMessage" e WHERE e."dedupeKey" = 'win-back/' || last_purchase.id || '/' || r.member_id))
          ORDER BY r.spent DESC, r.number)
        FROM (SELECT * FROM at_risk ORDER BY spent DESC, number LIMIT ${input.atRiskLimit}::int) r
        LEFT JOIN LATERAL (
          SELECT id FROM "Purchase" WHERE "memberId" = r.member_id AND "businessId" = ${businessId} ORDER BY "occurredAt" DESC LIMIT 1
        ) last_purchase ON true) AS risk`;
  const sizes = months.map((_, index) => row.sizes?.find((size) => size.cohort === index + 1)?.members ?? 0);
  return {
    months: months.map((month) => month.month),
    cohortSizes: sizes,
    cells: (row.cells ?? []).map((cell) => ({ ...cell, cohort: cell.cohort - 1 })),
    atRiskCount: row.count,
    atRisk: row.risk ?? [],
  };
}
