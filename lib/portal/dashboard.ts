// The member's dashboard for one program: balance, pending and expiring points, tier progress,
// punch cards, the visit discount for their next purchase and their latest activity. Reads
// only; every query is bounded by an index (LedgerLot by member, the ledger by member and date),
// so a member with thousands of entries renders as fast as a new one.
import "server-only";
import { db } from "@/lib/db/client";
import type { LedgerKind } from "@/lib/generated/prisma/enums";
import { expiringSoon, pendingPoints } from "@/lib/loyalty/rules/lots";
import { periodStart } from "@/lib/loyalty/rules/local-time";
import { qualifyingWindow, tierFor } from "@/lib/loyalty/rules/tiers";
import { visitDiscountBp } from "@/lib/loyalty/rules/visit-discount";

/** How far ahead "expiring soon" looks. */
export const EXPIRING_SOON_DAYS = 60;
const LATEST_ACTIVITY = 5;

export type TierProgress = {
  current: { name: string; perks: string } | null;
  next: { name: string; threshold: number } | null;
  basis: "SPEND" | "POINTS";
  qualifying: number;
  /** 0–100, toward the next tier (100 at the top tier) */
  percent: number;
};

export type DashboardActivity = { id: string; kind: LedgerKind; points: number; reason: string | null; createdAt: Date };

export type MemberDashboard = {
  number: number;
  balance: number;
  pending: number;
  tier: TierProgress;
  punchCards: { id: string; name: string; stampsRequired: number; stamps: number; completed: number; rewardName: string | null }[];
  visitDiscountBp: number;
  expiring: { points: number; expiresAt: Date }[];
  activity: DashboardActivity[];
};

export async function getMemberDashboard(input: { businessId: string; memberId: string; timeZone: string }, now = new Date()): Promise<MemberDashboard | null> {
  const { businessId, memberId, timeZone } = input;
  const member = await db.member.findFirst({
    where: { id: memberId, businessId },
    select: { number: true, balance: true, tierId: true, business: { select: { program: true, tiers: { orderBy: { rank: "asc" } } } } },
  });
  const program = member?.business.program;
  if (!member || !program) return null;

  const window = qualifyingWindow(now, program.tierWindow, timeZone);
  const [lots, punchCards, progress, activity, visits, qualifying] = await Promise.all([
    db.ledgerLot.findMany({ where: { memberId, remaining: { gt: 0 } }, select: { entryId: true, remaining: true, expiresAt: true, availableAt: true, createdAt: true } }),
    db.punchCard.findMany({ where: { businessId, active: true }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, stampsRequired: true, reward: { select: { name: true } } } }),
    db.memberPunchCard.findMany({ where: { memberId }, select: { punchCardId: true, stamps: true, completed: true } }),
    db.ledgerEntry.findMany({ where: { memberId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: LATEST_ACTIVITY, select: { id: true, kind: true, points: true, reason: true, createdAt: true } }),
    program.visitDiscountEnabled
      ? db.purchase.count({ where: { memberId, occurredAt: { gte: periodStart(now, program.visitDiscountPeriod, timeZone), lte: now } } })
      : Promise.resolve(0),
    qualifyingTotal(memberId, program.tierBasis, window),
  ]);

  const asLots = lots.map((lot) => ({ id: lot.entryId, remaining: lot.remaining, expiresAt: lot.expiresAt, availableAt: lot.availableAt, createdAt: lot.createdAt }));
  return {
    number: member.number,
    balance: member.balance,
    pending: pendingPoints(asLots, now),
    tier: tierProgress(member.business.tiers, member.tierId, program.tierBasis, qualifying),
    punchCards: punchCards.map((card) => {
      const mine = progress.find((row) => row.punchCardId === card.id);
      return { id: card.id, name: card.name, stampsRequired: card.stampsRequired, stamps: mine?.stamps ?? 0, completed: mine?.completed ?? 0, rewardName: card.reward?.name ?? null };
    }),
    visitDiscountBp: visitDiscountBp(program, visits),
    expiring: expiringSoon(asLots, now, EXPIRING_SOON_DAYS),
    activity,
  };
}

/** Same measure as the engine's tier review: net cash spend, or points earned, in the window. */
async function qualifyingTotal(memberId: string, basis: "SPEND" | "POINTS", window: { from: Date; to: Date }): Promise<number> {
  if (basis === "POINTS") {
    const sum = await db.ledgerEntry.aggregate({ where: { memberId, kind: "EARN", createdAt: { gte: window.from, lte: window.to } }, _sum: { points: true } });
    return sum._sum.points ?? 0;
  }
  const sum = await db.purchase.aggregate({
    where: { memberId, occurredAt: { gte: window.from, lte: window.to } },
    _sum: { amountMinor: true, refundedMinor: true, pointsPaidMinor: true },
  });
  return (sum._sum.amountMinor ?? 0) - (sum._sum.refundedMinor ?? 0) - (sum._sum.pointsPaidMinor ?? 0);
}

type TierRow = { id: string; name: string; rank: number; threshold: number; multiplierBp: number; perks: string };

/**
 * Progress toward the next tier above the member's current one. The current tier is the one
 * on the member row (a member in a grace period keeps it even below its threshold).
 */
export function tierProgress(tiers: TierRow[], tierId: string | null, basis: "SPEND" | "POINTS", qualifying: number): TierProgress {
  const current = tiers.find((tier) => tier.id === tierId) ?? tierFor(tiers, qualifying) ?? null;
  const currentRow = current ? tiers.find((tier) => tier.id === current.id) ?? null : null;
  const next = tiers.find((tier) => tier.rank > (currentRow?.rank ?? -1)) ?? null;
  const floor = currentRow?.threshold ?? 0;
  let percent = 100;
  if (next) {
    const span = Math.max(1, next.threshold - floor);
    percent = Math.max(0, Math.min(100, Math.floor(((qualifying - floor) * 100) / span)));
  }
  return {
    current: currentRow ? { name: currentRow.name, perks: currentRow.perks } : null,
    next: next ? { name: next.name, threshold: next.threshold } : null,
    basis,
    qualifying,
    percent,
  };
}
