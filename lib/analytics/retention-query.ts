// Cohort retention for the heat map: of the members who joined in each of the last twelve
// local months (the current one included), how many bought something in each month since.
// Only those members' purchases are read, through the (memberId, occurredAt) index; the months
// a member came in are the bits of a mask.
import "server-only";
import { instantArray, recentMonths } from "./scope";
import { analyticsRow } from "./sql";

export type RetentionCell = { cohort: number; offset: number; active: number };
export type RetentionQuery = { months: string[]; cohortSizes: number[]; cells: RetentionCell[] };

export async function retentionQuery(input: { businessId: string; timeZone: string; now: Date }): Promise<RetentionQuery> {
  const { businessId, now } = input;
  const months = recentMonths(now, input.timeZone, 12);
  const bounds = instantArray(months.map((month) => month.start));
  const row = await analyticsRow<{ sizes: { cohort: number; members: number }[] | null; cells: RetentionCell[] | null }>`
    WITH joined AS (
      SELECT id, width_bucket("joinedAt", ${bounds}::timestamp(3)[]) AS cohort
      FROM "Member"
      WHERE "businessId" = ${businessId} AND status <> 'DELETED' AND "joinedAt" >= ${bounds[0]}::timestamp(3) AND "joinedAt" <= ${now}::timestamp(3)
    ), visits AS (
      SELECT j.cohort, v.months
      FROM joined j CROSS JOIN LATERAL (
        SELECT bit_or(1 << width_bucket(p."occurredAt", ${bounds}::timestamp(3)[])) AS months
        FROM "Purchase" p
        WHERE p."memberId" = j.id AND p."occurredAt" >= ${bounds[0]}::timestamp(3) AND p."occurredAt" <= ${now}::timestamp(3)
      ) v
      WHERE v.months IS NOT NULL
    )
    SELECT
      (SELECT json_agg(json_build_object('cohort', cohort, 'members', members) ORDER BY cohort)
        FROM (SELECT cohort, COUNT(*) AS members FROM joined GROUP BY 1) s) AS sizes,
      (SELECT json_agg(json_build_object('cohort', cohort, 'offset', "offset", 'active', active) ORDER BY cohort, "offset")
        FROM (SELECT v.cohort, g.month - v.cohort AS "offset", COUNT(*) AS active
              FROM visits v, generate_series(v.cohort, ${bounds.length}::int) g(month)
              WHERE v.months & (1 << g.month) <> 0 GROUP BY 1, 2) s) AS cells`;
  return {
    months: months.map((month) => month.month),
    cohortSizes: months.map((_, index) => row.sizes?.find((size) => size.cohort === index + 1)?.members ?? 0),
    cells: (row.cells ?? []).map((cell) => ({ ...cell, cohort: cell.cohort - 1 })),
  };
}
