// Ultimate redemption rate (DESIGN.md §6) from cohort redemption curves.
//
// Cohorts are members by the local month they joined. A cohort's curve is the points its
// members redeemed (net of vouchers given back) per member, by age in months since joining.
// The pooled curve g(a) is, for each age a, the points redeemed at that age per member over
// the cohorts that have completed it. The forecast for a cohort now at age k is what
// g(k … k+H−1) predicts for its members over the next H months (H: the lifetime of points,
// the program's expiry months; all ages without expiry), less what it already redeemed this
// month, and at most its open points: redemptions spend the oldest points first, so those
// are what the coming redemptions use up. Then
//   URR = (points redeemed to date + forecast) / points issued to date, breakage = 1 − URR.
// Issued and redeemed to date are the members' lifetime counters (earned net of refunds,
// spent net of vouchers given back), so the ledger is read only for its redemptions.
import "server-only";
import { analyticsRow } from "./sql";

export type CohortRow = { cohort: string; age: number; members: number; earned: number; redeemed: number; open: number; forecast: number };
export type CurvePoint = { cohort: string; age: number; perMember: number };

export type RedemptionQuery = {
  issued: number;
  redeemed: number;
  forecast: number;
  cohorts: CohortRow[];
  /** Cumulative points redeemed per member by age, for the most recent cohorts */
  curves: CurvePoint[];
  /** The pooled curve: points redeemed per member at each age (not cumulative) */
  pooled: { age: number; perMember: number | null }[];
};

export async function redemptionQuery(input: { businessId: string; timeZone: string; now: Date; recentCohorts?: number }): Promise<RedemptionQuery> {
  const { businessId, timeZone, now } = input;
  const recent = input.recentCohorts ?? 12;
  const row = await analyticsRow<{ totals: { issued: number; redeemed: number; forecast: number }; cohorts: CohortRow[] | null; curves: CurvePoint[] | null; pooled: RedemptionQuery["pooled"] | null }>`
    WITH horizon AS (
      -- Points live expiryMonths (after earning, or after the last activity); without expiry, forever.
      SELECT COALESCE((SELECT CASE WHEN "expiryPolicy" <> 'NEVER' THEN "expiryMonths" END FROM "Program" WHERE "businessId" = ${businessId}), 100000) AS months
    ), months AS (
      -- Local month starts, as UTC instants, from the first member's month to this one.
      SELECT array_agg(((g AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')::timestamp(3) ORDER BY g) AS bounds,
        array_agg(to_char(g, 'YYYY-MM') ORDER BY g) AS labels, COUNT(*)::int AS n
      FROM (SELECT MIN("joinedAt") AS first FROM "Member" WHERE "businessId" = ${businessId}) f,
        generate_series(date_trunc('month', (f.first AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}),
                        date_trunc('month', (${now}::timestamp(3) AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}), interval '1 month') g
    ), cohorts AS (
      SELECT width_bucket(m."joinedAt", months.bounds) AS cohort, COUNT(*) AS members,
        SUM(m."lifetimeEarned") AS earned, SUM(m."lifetimeSpent") AS redeemed, SUM(GREATEST(m.balance, 0)) AS open
      FROM "Member" m, months WHERE m."businessId" = ${businessId} GROUP BY 1
    ), cells AS (
      -- Redemptions and the vouchers given back (REVERSAL credits), by cohort and age. Read one
      -- month's index range at a time, so the month comes with the range rather than from a
      -- search per entry (month 0: anything before the first member's month).
      SELECT cohort, month - cohort AS age, points
      FROM (
        SELECT width_bucket(m."joinedAt", months.bounds) AS cohort, b.month, -SUM(e.points) AS points
        FROM months CROSS JOIN generate_series(0, months.n) b(month)
        CROSS JOIN LATERAL (
          SELECT "memberId", points FROM "LedgerEntry"
          WHERE "businessId" = ${businessId} AND kind IN ('REDEEM', 'REVERSAL') AND (kind = 'REDEEM' OR points > 0)
            AND "createdAt" >= COALESCE(months.bounds[b.month], '-infinity')
            AND "createdAt" < LEAST(COALESCE(months.bounds[b.month + 1], 'infinity'), ${now}::timestamp(3))
        ) e
        JOIN "Member" m ON m.id = e."memberId"
        GROUP BY 1, 2
      ) by_month
    ), pooled AS (
      -- Age a counts only cohorts that have lived through it (their age now is more than a).
      SELECT a.age,
        (SELECT SUM(c.members) FROM cohorts c WHERE months.n - c.cohort > a.age) AS members,
        (SELECT COALESCE(SUM(x.points), 0) FROM cells x WHERE x.age = a.age AND months.n - x.cohort > a.age) AS points
      FROM months, generate_series(0, months.n - 1) a(age)
    ), forecast AS (
      SELECT c.*, months.n - c.cohort AS age,
        LEAST(c.open, GREATEST(0,
          c.members * (SELECT COALESCE(SUM(p.points::float8 / p.members), 0) FROM pooled p
                       WHERE p.members > 0 AND p.age >= months.n - c.cohort AND p.age < months.n - c.cohort + horizon.months)
          - COALESCE((SELECT x.points FROM cells x WHERE x.cohort = c.cohort AND x.age = months.n - c.cohort), 0)))::float8 AS forecast
      FROM cohorts c, months, horizon
    )
    SELECT
      (SELECT json_build_object('issued', COALESCE(SUM(earned), 0), 'redeemed', COALESCE(SUM(redeemed), 0), 'forecast', COALESCE(SUM(forecast), 0))
        FROM forecast) AS totals,
      (SELECT json_agg(json_build_object('cohort', months.labels[f.cohort], 'age', f.age, 'members', f.members, 'earned', f.earned,
          'redeemed', f.redeemed, 'open', f.open, 'forecast', round(f.forecast::numeric, 1)) ORDER BY f.cohort)
        FROM forecast f, months) AS cohorts,
      (SELECT json_agg(json_build_object('cohort', months.labels[c.cohort], 'age', a.age,
          'perMember', round((SELECT COALESCE(SUM(x.points), 0) FROM cells x WHERE x.cohort = c.cohort AND x.age <= a.age)::numeric / c.members, 2))
          ORDER BY c.cohort, a.age)
        FROM months, cohorts c, generate_series(0, months.n - c.cohort) a(age)
        WHERE c.cohort > months.n - ${recent}::int) AS curves,
      (SELECT json_agg(json_build_object('age', p.age, 'perMember', CASE WHEN p.members > 0 THEN round(p.points::numeric / p.members, 2) END) ORDER BY p.age)
        FROM pooled p) AS pooled`;
  return {
    issued: row.totals.issued,
    redeemed: row.totals.redeemed,
    forecast: Math.round(row.totals.forecast),
    cohorts: row.cohorts ?? [],
    curves: row.curves ?? [],
    pooled: row.pooled ?? [],
  };
}
