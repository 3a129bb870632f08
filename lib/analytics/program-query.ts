// The small reads of the overview, in one statement: the owner's ROI inputs and the expiry
// rule, emails sent (the email cost), unexpired points (the liability), the members of each
// tier, and how often each reward was redeemed in the period.
import "server-only";
import type { AnalyticsScope } from "./scope";
import { analyticsRow } from "./sql";

/** A message goes out within its kind's staleness window (lib/email/kinds.ts, at most 21 days). */
const SEND_WINDOW_DAYS = 31;

export type RoiInputs = { pointValueMinor: number; programCostMonthlyMinor: number; emailCostPerThousandMinor: number };
export type RewardRank = { id: string; name: string; kind: string; pointsCost: number; archived: boolean; redemptions: number; points: number };
export type TierShare = { tierId: string | null; tier: string | null; rank: number | null; members: number };

export type ProgramQuery = {
  inputs: RoiInputs;
  expiry: { policy: "NEVER" | "AFTER_EARN" | "INACTIVITY"; months: number | null };
  emailsSent: number;
  emailsSentPrevious: number;
  unexpiredPoints: number;
  tiers: TierShare[];
  rewards: RewardRank[];
};

export async function programQuery(scope: AnalyticsScope): Promise<ProgramQuery> {
  const { businessId, now } = scope;
  const { previousStart, start, end } = scope.instants;
  const row = await analyticsRow<{ program: (RoiInputs & { policy: ProgramQuery["expiry"]["policy"]; months: number | null }) | null; emails: { sent: number; previous: number }; unexpired: number; tiers: TierShare[] | null; rewards: RewardRank[] | null }>`
    SELECT
      (SELECT json_build_object('pointValueMinor', "pointValueMinor", 'programCostMonthlyMinor', "programCostMonthlyMinor",
          'emailCostPerThousandMinor', "emailCostPerThousandMinor", 'policy', "expiryPolicy", 'months', "expiryMonths")
        FROM "Program" WHERE "businessId" = ${businessId}) AS program,
      (SELECT json_build_object('sent', COUNT(*) FILTER (WHERE "sentAt" >= ${start}::timestamp(3)), 'previous', COUNT(*) FILTER (WHERE "sentAt" < ${start}::timestamp(3)))
        FROM "EmailMessage"
        WHERE "businessId" = ${businessId} AND status = 'SENT' AND "sentAt" >= ${previousStart}::timestamp(3) AND "sentAt" < ${end}::timestamp(3)
          AND "createdAt" >= ${previousStart}::timestamp(3) - make_interval(days => ${SEND_WINDOW_DAYS}) AND "createdAt" < ${end}::timestamp(3)) AS emails,
      (SELECT COALESCE(SUM(remaining), 0) FROM "LedgerLot"
        WHERE "businessId" = ${businessId} AND remaining > 0 AND ("expiresAt" IS NULL OR "expiresAt" > ${now}::timestamp(3)))::int AS unexpired,
      (SELECT json_agg(json_build_object('tierId', t.id, 'tier', t.name, 'rank', t.rank, 'members', COALESCE(s.members, 0)) ORDER BY t.rank NULLS LAST)
        FROM (SELECT "tierId", COUNT(*) AS members FROM "Member" WHERE "businessId" = ${businessId} AND status = 'ACTIVE' GROUP BY 1) s
        FULL JOIN (SELECT id, name, rank FROM "Tier" WHERE "businessId" = ${businessId}) t ON t.id = s."tierId") AS tiers,
      (SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'kind', r.kind, 'pointsCost', r."pointsCost", 'archived', r."archivedAt" IS NOT NULL,
          'redemptions', COALESCE(x.redemptions, 0), 'points', COALESCE(x.points, 0)) ORDER BY COALESCE(x.redemptions, 0) DESC, r.name)
        FROM "Reward" r
        LEFT JOIN (SELECT "rewardId", COUNT(*) AS redemptions, SUM(points) AS points FROM "Redemption"
                   WHERE "businessId" = ${businessId} AND "createdAt" >= ${start}::timestamp(3) AND "createdAt" < ${end}::timestamp(3)
                     AND status <> 'CANCELLED' AND "rewardId" IS NOT NULL
                   GROUP BY 1) x ON x."rewardId" = r.id
        WHERE r."businessId" = ${businessId} AND (r."archivedAt" IS NULL OR x.redemptions > 0)) AS rewards`;
  return {
    inputs: {
      pointValueMinor: row.program?.pointValueMinor ?? 0,
      programCostMonthlyMinor: row.program?.programCostMonthlyMinor ?? 0,
      emailCostPerThousandMinor: row.program?.emailCostPerThousandMinor ?? 0,
    },
    expiry: { policy: row.program?.policy ?? "NEVER", months: row.program?.months ?? null },
    emailsSent: row.emails.sent,
    emailsSentPrevious: row.emails.previous,
    unexpiredPoints: row.unexpired,
    tiers: row.tiers ?? [],
    rewards: row.rewards ?? [],
  };
}
