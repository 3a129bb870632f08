import "server-only";
import { db } from "@/lib/db/client";

export type OverviewSummary = {
  members: number;
  activeMembers30d: number;
  outstandingPoints: number;
  purchases30d: number;
  revenue30dMinor: number;
  vouchersOpen: number;
};

/** The morning glance: a few SQL aggregates over indexed tables for one business. */
export async function getOverviewSummary(businessId: string, now = new Date()): Promise<OverviewSummary> {
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const [members, active, outstanding, purchases, vouchersOpen] = await Promise.all([
    db.member.count({ where: { businessId, status: "ACTIVE" } }),
    db.member.count({ where: { businessId, status: "ACTIVE", lastActivityAt: { gte: since } } }),
    db.member.aggregate({ where: { businessId, status: "ACTIVE" }, _sum: { balance: true } }),
    db.purchase.aggregate({
      where: { businessId, occurredAt: { gte: since, lte: now } },
      _count: true,
      _sum: { amountMinor: true, refundedMinor: true },
    }),
    db.redemption.count({ where: { businessId, status: "ISSUED", expiresAt: { gt: now } } }),
  ]);
  return {
    members,
    activeMembers30d: active,
    outstandingPoints: outstanding._sum.balance ?? 0,
    purchases30d: purchases._count,
    revenue30dMinor: (purchases._sum.amountMinor ?? 0) - (purchases._sum.refundedMinor ?? 0),
    vouchersOpen,
  };
}
