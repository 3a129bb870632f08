// Members over the period: how many there were at the end of each chart bucket and how many
// joined in it. Deleted (anonymised) members are not counted as members.
import "server-only";
import type { AnalyticsScope } from "./scope";
import { instantArray } from "./scope";
import { analyticsRows } from "./sql";

export type MembersQuery = {
  /** Members at the end of the period / of the previous period */
  total: number;
  totalPrevious: number;
  joined: number;
  joinedPrevious: number;
  series: { bucket: number; joined: number; members: number }[];
};

export async function membersQuery(scope: AnalyticsScope): Promise<MembersQuery> {
  const { previousStart, end } = scope.instants;
  // Bucket 0: before the previous period; 1: the previous period; 2…: the period's buckets.
  const bounds = instantArray([previousStart, ...scope.buckets.map((bucket) => bucket.start)]);
  const rows = await analyticsRows<{ bucket: number; joined: number; members: number }>`
    WITH joined AS (
      SELECT width_bucket("joinedAt", ${bounds}::timestamp(3)[]) AS bucket, COUNT(*) AS joined
      FROM "Member"
      WHERE "businessId" = ${scope.businessId} AND status <> 'DELETED' AND "joinedAt" < ${end}::timestamp(3)
      GROUP BY 1
    )
    SELECT g AS bucket, COALESCE(j.joined, 0)::int AS joined,
      SUM(COALESCE(j.joined, 0)) OVER (ORDER BY g)::int AS members
    FROM generate_series(0, ${bounds.length}::int) g LEFT JOIN joined j ON j.bucket = g
    ORDER BY g`;
  const at = (bucket: number) => rows.find((row) => row.bucket === bucket)!;
  const last = rows[rows.length - 1]!;
  return {
    total: last.members,
    totalPrevious: at(1).members,
    joined: last.members - at(1).members,
    joinedPrevious: at(1).joined,
    series: rows.filter((row) => row.bucket >= 2).map((row) => ({ bucket: row.bucket - 2, joined: row.joined, members: row.members })),
  };
}
