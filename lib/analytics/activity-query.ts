// Everything the overview reads from purchases, in one pass over the period and the two
// before it (the retention of the previous period needs the one before that): who was active
// when, repeat buyers, visits, revenue of members and of non-members (Purchase.memberId
// null), revenue by tier and the top members. One group per member (the null group, last in
// member order, is the non-member sales), read member by member from the member-ordered index
// so the groups stream instead of filling a hash table (sql.ts, memberOrderRow): on the bench
// café as fast as hashing for 30 days, a third faster for 365.
import "server-only";
import { instantArray, type AnalyticsScope } from "./scope";
import { memberOrderRow } from "./sql";

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
  const row = await memberOrderRow<{ people: People; sales: Record<"members" | "membersPrevious" | "nonMembers" | "nonMembersPrevious", Sales>; tiers: TierRevenue[] | null; top: TopMember[] | null }>`
    WITH per_member AS (
      -- p: 1 the period before the previous one, 2 the previous period, 3 this period.
      SELECT member_id,
        COUNT(*) FILTER (WHERE p = 1) AS n0, COUNT(*) FILTER (WHERE p = 2) AS n1, COUNT(*) FILTER (WHERE p = 3) AS n2,
        COALESCE(SUM(net) FILTER (WHERE p = 2), 0) AS r1, COALESCE(SUM(net) FILTER (WHERE p = 3), 0) AS r2
      FROM (
        SELECT "memberId" AS member_id, "amountMinor" - "refundedMinor" AS net,
          width_bucket("occurredAt", ${instantArray([beforePreviousStart, previousStart, start])}::timestamp(3)[]) AS p
        FROM "Purchase"
        WHERE "businessId" = ${scope.businessId} AND "occurredAt" >= ${beforePreviousStart}::timestamp(3) AND "occurredAt" < ${end}::timestamp(3)
        ORDER BY "memberId"
      ) sales
      GROUP BY 1
    ), totals AS (
      -- One pass over the members for the people figures and both kinds of sales.
      SELECT json_build_object(
          'active', COUNT(*) FILTER (WHERE member_id IS NOT NULL AND n2 > 0), 'activePrevious', COUNT(*) FILTER (WHERE member_id IS NOT NULL AND n1 > 0),
          'activeBeforePrevious', COUNT(*) FILTER (WHERE member_id IS NOT NULL AND n0 > 0),
          'retained', COUNT(*) FILTER (WHERE member_id IS NOT NULL AND n1 > 0 AND n2 > 0),
          'retainedPrevious', COUNT(*) FILTER (WHERE member_id IS NOT NULL AND n0 > 0 AND n1 > 0),
          'repeaters', COUNT(*) FILTER (WHERE member_id IS NOT NULL AND n2 >= 2), 'repeatersPrevious', COUNT(*) FILTER (WHERE member_id IS NOT NULL AND n1 >= 2)) AS people,
        json_build_object(
          'members', json_build_object('orders', COALESCE(SUM(n2) FILTER (WHERE member_id IS NOT NULL), 0), 'revenueMinor', COALESCE(SUM(r2) FILTER (WHERE member_id IS NOT NULL), 0)),
          'membersPrevious', json_build_object('orders', COALESCE(SUM(n1) FILTER (WHERE member_id IS NOT NULL), 0), 'revenueMinor', COALESCE(SUM(r1) FILTER (WHERE member_id IS NOT NULL), 0)),
          'nonMembers', json_build_object('orders', COALESCE(SUM(n2) FILTER (WHERE member_id IS NULL), 0), 'revenueMinor', COALESCE(SUM(r2) FILTER (WHERE member_id IS NULL), 0)),
          'nonMembersPrevious', json_build_object('orders', COALESCE(SUM(n1) FILTER (WHERE member_id IS NULL), 0), 'revenueMinor', COALESCE(SUM(r1) FILTER (WHERE member_id IS NULL), 0))) AS sales
      FROM per_member
    )
    SELECT totals.people, totals.sales,
      (SELECT json_agg(t ORDER BY t."nonMember", t.rank NULLS LAST) FROM (
          SELECT s."tierId", tier.name AS tier, tier.rank, false AS "nonMember", s.orders, s."revenueMinor"
          FROM (SELECT m."tierId", SUM(p.n2) AS orders, SUM(p.r2) AS "revenueMinor"
                FROM per_member p JOIN "Member" m ON m.id = p.member_id WHERE p.n2 > 0 GROUP BY 1) s
          LEFT JOIN "Tier" tier ON tier.id = s."tierId"
          UNION ALL
          SELECT NULL, NULL, NULL, true, n2, r2 FROM per_member WHERE member_id IS NULL AND n2 > 0
        ) t) AS tiers,
      (SELECT json_agg(t ORDER BY t."revenueMinor" DESC, t.id) FROM (
          -- The top few by spend first; only they are looked up.
          SELECT p.member_id AS id, m.number, m."displayName" AS name, tier.name AS tier, p.n2 AS orders, p.r2 AS "revenueMinor", m.balance
          FROM (SELECT * FROM per_member WHERE member_id IS NOT NULL AND n2 > 0 ORDER BY r2 DESC, member_id LIMIT ${options.topMembers ?? 10}::int) p
          JOIN "Member" m ON m.id = p.member_id LEFT JOIN "Tier" tier ON tier.id = m."tierId"
        ) t) AS top
    FROM totals`;
  return { ...row.people, ...row.sales, revenueByTier: row.tiers ?? [], topMembers: row.top ?? [] };
}
