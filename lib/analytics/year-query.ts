// The two figures measured as of today over the last year, from one pass over its purchases:
//
// - Members at risk (DESIGN.md §6): at least two visits in the last 365 days and no visit for
//   more than twice their usual gap (the average time between those visits), the most regular
//   first. It is the lapse the scheduled win-back writes to (lib/email/jobs/offers.ts), under
//   the same dedupe key, so one absence never gets two win-backs.
// - Cohort retention for the heat map: of the members who joined in each of the last twelve
//   local months (the current one included), how many bought something in each month since.
//   The months a member came in are the bits of a mask.
//
// The purchases are read in member order from the (businessId, memberId, occurredAt, …) index,
// so each member's visits arrive together and the aggregate streams: no hash table of tens of
// thousands of members, whose cache misses cost more than the reading (bench:analytics).
import "server-only";
import { instantArray, recentMonths } from "./scope";
import { memberOrderRow } from "./sql";

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

export type RetentionCell = { cohort: number; offset: number; active: number };
export type RetentionQuery = { months: string[]; cohortSizes: number[]; cells: RetentionCell[] };

export type YearQuery = { atRisk: AtRiskQuery; retention: RetentionQuery };

/** `atRiskLimit` null: every member at risk (the CSV download). */
export async function yearQuery(input: { businessId: string; timeZone: string; now: Date; atRiskLimit: number | null }): Promise<YearQuery> {
  const { businessId, now } = input;
  // At risk counts the visits in (since, now]; retention those in [first month, now].
  const since = new Date(now.getTime() - YEAR_MS);
  const months = recentMonths(now, input.timeZone, 12);
  const bounds = instantArray(months.map((month) => month.start));
  const from = new Date(Math.min(since.getTime(), months[0]!.start.getTime()));
  const row = await memberOrderRow<{ count: number; members: AtRiskMember[] | null; sizes: { cohort: number; members: number }[] | null; cells: RetentionCell[] | null }>`
    WITH per_member AS (
      -- y: inside the at-risk window; month: the retention month (0 before the first one, a bit
      -- nobody reads). ORDER BY makes the planner read the member-ordered index.
      SELECT member_id, COUNT(*) FILTER (WHERE y) AS n, MIN(at) FILTER (WHERE y) AS first, MAX(at) FILTER (WHERE y) AS last,
        bit_or(1 << month) AS months
      FROM (
        SELECT "memberId" AS member_id, "occurredAt" AS at, "occurredAt" > ${since}::timestamp(3) AS y,
          width_bucket("occurredAt", ${bounds}::timestamp(3)[]) AS month
        FROM "Purchase"
        WHERE "businessId" = ${businessId} AND "memberId" IS NOT NULL
          AND "occurredAt" >= ${from}::timestamp(3) AND "occurredAt" <= ${now}::timestamp(3)
        ORDER BY "memberId"
      ) visits
      GROUP BY 1
    ), at_risk AS (
      SELECT p.*, m.number, m."displayName", m.balance, m."userId", m."marketingConsent", m."emailPreferences"
      FROM per_member p JOIN "Member" m ON m.id = p.member_id AND m.status = 'ACTIVE'
      WHERE p.n >= 2 AND ${now}::timestamp(3) - p.last > 2 * (p.last - p.first) / (p.n - 1)::float8
    ), joined AS (
      SELECT id, width_bucket("joinedAt", ${bounds}::timestamp(3)[]) AS cohort
      FROM "Member"
      WHERE "businessId" = ${businessId} AND status <> 'DELETED' AND "joinedAt" >= ${bounds[0]}::timestamp(3) AND "joinedAt" <= ${now}::timestamp(3)
    ), masks AS (
      -- The members of a cohort with the same months, counted once (months 0: no visit), so at
      -- most 12 × 2^13 rows to unfold whatever the number of members.
      SELECT j.cohort, COALESCE(p.months, 0) AS months, COUNT(*) AS members
      FROM joined j LEFT JOIN per_member p ON p.member_id = j.id
      GROUP BY 1, 2
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
        FROM (SELECT * FROM at_risk ORDER BY n DESC, number LIMIT ${input.atRiskLimit}::int) r
        LEFT JOIN LATERAL (
          SELECT id FROM "Purchase" WHERE "memberId" = r.member_id AND "businessId" = ${businessId} ORDER BY "occurredAt" DESC LIMIT 1
        ) last_purchase ON true) AS members,
      (SELECT json_agg(json_build_object('cohort', cohort, 'members', members) ORDER BY cohort)
        FROM (SELECT cohort, SUM(members)::int AS members FROM masks GROUP BY 1) s) AS sizes,
      (SELECT json_agg(json_build_object('cohort', cohort, 'offset', "offset", 'active', active) ORDER BY cohort, "offset")
        FROM (SELECT k.cohort, g.month - k.cohort AS "offset", SUM(k.members)::int AS active
              FROM masks k, generate_series(k.cohort, ${bounds.length}::int) g(month)
              WHERE k.months & (1 << g.month) <> 0 GROUP BY 1, 2) s) AS cells`;
  return {
    atRisk: { count: row.count, members: row.members ?? [] },
    retention: {
      months: months.map((month) => month.month),
      cohortSizes: months.map((_, index) => row.sizes?.find((size) => size.cohort === index + 1)?.members ?? 0),
      cells: (row.cells ?? []).map((cell) => ({ ...cell, cohort: cell.cohort - 1 })),
    },
  };
}
