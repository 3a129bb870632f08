// Everything the overview reads from purchases, in one pass over the period and the two
// before it (the retention of the previous period needs the one before that): who was active
// when, repeat buyers, visits, revenue of members and of non-members (Purchase.memberId
// null), revenue by tier and the top members. One group per member (the null group is the
// non-member sales), so the pass costs one hash entry per active member.
import "server-only";
import type { AnalyticsScope } from "./scope";
import { analyticsRow } from "./sql";

type People = {
  active: number;
  activePrevious: number;
  activeBeforePrevious: number;
  /** Active in this period and in the previous one */
  retained: number;
  retainedPrevious: number;
  repeaters: number;
  repeatersPrevious: number;
};

export type Sales = { orders: number; revenueMinor: number };

export type TopMember = { id: string; number: number; name: string | null; tier: string | null; orders: number; revenueMinor: number; balance: number };

export type TierRevenue = { tierId: string | null; tier: string | null; rank: number | null; nonMember: boolean; orders: number; revenueMinor: number };

export type ActivityQuery = People & {
  members: Sales;
  membersPrevious: Sales;
  nonMembers: Sales;
  nonMembersPrevious: Sales;
  /** Revenue of the period by the member's current tier; tier null = members without a tier, nonMember = sales to non-members */
  revenueByTier: TierRevenue[];
  topMembers: TopMember[];
};

export async function activityQuery(scope: AnalyticsScope, options: { topMembers?: number } = {}): Promise<ActivityQuery> {
  const { beforePreviousStart, previousStart, start, end } = scope.instants;
  const row = await analyticsRow<{ people: People; sales: Record<"members" | "membersPrevious" | "nonMembers" | "nonMembersPrevious", Sales>; tiers: TierRevenue[] | null; top: TopMember[] | null }>`
    WITH per_member AS (
      SELECT "memberId" AS member_id,
        COUNT(*) FILTER (WHERE "occurredAt" < ${previousStart}::timestamp(3)) AS n0,
        COUNT(*) FILTER (WHERE "occurredAt" >= ${previousStart}::timestamp(3) AND "occurredAt" < ${start}::timestamp(3)) AS n1,
        COUNT(*) FILTER (WHERE "occurredAt" >= ${start}::timestamp(3)) AS n2,
        COALESCE(SUM("amountMinor" - "refundedMinor") FILTER (WHERE "occurredAt" >= ${previousStart}::timestamp(3) AND "occurredAt" < ${start}::timestamp(3)), 0) AS r1,
        COALESCE(SUM("amountMinor" - "refundedMinor") FILTER (WHERE "occurredAt" >= ${start}::timestamp(3)), 0) AS r2
      FROM "Purchase"
      WHERE "businessId" = ${scope.businessId} AND "occurredAt" >= ${beforePreviousStart}::timestamp(3) AND "occurredAt" < ${end}::timestamp(3)
      GROUP BY 1
    ), active AS (
      SELECT p.member_id, p.n2, p.r2, m.number, m."displayName", m.balance, m."tierId"
      FROM per_member p JOIN "Member" m ON m.id = p.member_id WHERE p.n2 > 0
    )
    SELECT
      (SELECT json_build_object(
          'active', COUNT(*) FILTER (WHERE n2 > 0), 'activePrevious', COUNT(*) FILTER (WHERE n1 > 0),
          'activeBeforePrevious', COUNT(*) FILTER (WHERE n0 > 0),
          'retained', COUNT(*) FILTER (WHERE n1 > 0 AND n2 > 0), 'retainedPrevious', COUNT(*) FILTER (WHERE n0 > 0 AND n1 > 0),
          'repeaters', COUNT(*) FILTER (WHERE n2 >= 2), 'repeatersPrevious', COUNT(*) FILTER (WHERE n1 >= 2))
        FROM per_member WHERE member_id IS NOT NULL) AS people,
      (SELECT json_build_object(
          'members', json_build_object('orders', COALESCE(SUM(n2) FILTER (WHERE member_id IS NOT NULL), 0), 'revenueMinor', COALESCE(SUM(r2) FILTER (WHERE member_id IS NOT NULL), 0)),
          'membersPrevious', json_build_object('orders', COALESCE(SUM(n1) FILTER (WHERE member_id IS NOT NULL), 0), 'revenueMinor', COALESCE(SUM(r1) FILTER (WHERE member_id IS NOT NULL), 0)),
          'nonMembers', json_build_object('orders', COALESCE(SUM(n2) FILTER (WHERE member_id IS NULL), 0), 'revenueMinor', COALESCE(SUM(r2) FILTER (WHERE member_id IS NULL), 0)),
          'nonMembersPrevious', json_build_object('orders', COALESCE(SUM(n1) FILTER (WHERE member_id IS NULL), 0), 'revenueMinor', COALESCE(SUM(r1) FILTER (WHERE member_id IS NULL), 0)))
        FROM per_member) AS sales,
      (SELECT json_agg(t ORDER BY t."nonMember", t.rank NULLS LAST) FROM (
          SELECT a."tierId" AS "tierId", tier.name AS tier, tier.rank, false AS "nonMember", SUM(a.n2) AS orders, SUM(a.r2) AS "revenueMinor"
          FROM active a LEFT JOIN "Tier" tier ON tier.id = a."tierId" GROUP BY a."tierId", tier.name, tier.rank
          UNION ALL
          SELECT NULL, NULL, NULL, true, n2, r2 FROM per_member WHERE member_id IS NULL AND n2 > 0
        ) t) AS tiers,
      (SELECT json_agg(t) FROM (
          SELECT a.member_id AS id, a.number, a."displayName" AS name, tier.name AS tier, a.n2 AS orders, a.r2 AS "revenueMinor", a.balance
          FROM active a LEFT JOIN "Tier" tier ON tier.id = a."tierId"
          ORDER BY a.r2 DESC, a.number LIMIT ${options.topMembers ?? 10}::int
        ) t) AS top`;
  return { ...row.people, ...row.sales, revenueByTier: row.tiers ?? [], topMembers: row.top ?? [] };
}
