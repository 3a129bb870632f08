// Points issued, redeemed and expired in the period (per chart bucket) and in the previous
// one. Issued: purchases, bonuses and positive adjustments. Redeemed: rewards and points paid
// at the till, less vouchers cancelled or expired unused (their points come back as a
// REVERSAL credit). Expired: what expiry removed. Refund reversals and negative adjustments
// are corrections, counted in none of them.
//
// One index range per bucket: the (businessId, kind, createdAt) index hands each bucket's
// entries over kind by kind, so they are summed as they come, without working out a bucket
// per entry or hashing them (half the time of one grouped pass over 365 days' 1.8 million).
import "server-only";
import type { AnalyticsScope } from "./scope";
import { instantArray } from "./scope";
import { analyticsRows } from "./sql";

export type PointsFlow = { issued: number; redeemed: number; expired: number };
export type PointsQuery = { current: PointsFlow; previous: PointsFlow; series: (PointsFlow & { bucket: number })[] };

export async function pointsQuery(scope: AnalyticsScope): Promise<PointsQuery> {
  const { previousStart, end } = scope.instants;
  // Bucket 1: the previous period; 2…: this period's buckets; 0 is the total of 2….
  const starts = [previousStart, ...scope.buckets.map((bucket) => bucket.start)];
  const ends = [...starts.slice(1), end];
  const rows = await analyticsRows<PointsFlow & { bucket: number }>`
    WITH kinds AS (
      SELECT b.bucket, x.kind, x.net, x.credits
      FROM unnest(${instantArray(starts)}::timestamp(3)[], ${instantArray(ends)}::timestamp(3)[]) WITH ORDINALITY AS b(start, "end", bucket)
      CROSS JOIN LATERAL (
        SELECT kind, SUM(points) AS net, SUM(points) FILTER (WHERE points > 0) AS credits
        FROM "LedgerEntry"
        WHERE "businessId" = ${scope.businessId} AND kind IN ('EARN', 'BONUS', 'ADJUST', 'REDEEM', 'REVERSAL', 'EXPIRE')
          AND "createdAt" >= b.start AND "createdAt" < b."end"
        GROUP BY kind
      ) x
    ), flows AS (
      SELECT bucket,
        COALESCE(SUM(net) FILTER (WHERE kind IN ('EARN', 'BONUS')), 0) + COALESCE(SUM(credits) FILTER (WHERE kind = 'ADJUST'), 0) AS issued,
        COALESCE(-SUM(net) FILTER (WHERE kind = 'REDEEM'), 0) - COALESCE(SUM(credits) FILTER (WHERE kind = 'REVERSAL'), 0) AS redeemed,
        COALESCE(-SUM(net) FILTER (WHERE kind = 'EXPIRE'), 0) AS expired
      FROM kinds
      GROUP BY 1
    )
    SELECT g AS bucket, COALESCE(f.issued, 0)::int AS issued, COALESCE(f.redeemed, 0)::int AS redeemed, COALESCE(f.expired, 0)::int AS expired
    FROM generate_series(1, ${starts.length}::int) g LEFT JOIN flows f ON f.bucket = g
    UNION ALL
    SELECT 0, COALESCE(SUM(issued), 0)::int, COALESCE(SUM(redeemed), 0)::int, COALESCE(SUM(expired), 0)::int FROM flows WHERE bucket >= 2
    ORDER BY bucket`;
  const flow = ({ issued, redeemed, expired }: PointsFlow): PointsFlow => ({ issued, redeemed, expired });
  return {
    current: flow(rows.find((row) => row.bucket === 0)!),
    previous: flow(rows.find((row) => row.bucket === 1)!),
    series: rows.filter((row) => row.bucket >= 2).map((row) => ({ ...flow(row), bucket: row.bucket - 2 })),
  };
}
