// One member as the business sees them: contact, tier and its history, points, purchases with
// their refunds, vouchers, punch cards and staff notes. Every read is bounded by the business
// id, so another business's member id finds nothing (the page answers 404).
import "server-only";
import { db } from "@/lib/db/client";
import type { PurchaseChannel, RedemptionSource, RedemptionStatus } from "@/lib/generated/prisma/enums";

const PURCHASES = 25;
const VOUCHERS = 25;
const NOTES = 50;

export type MemberDetail = {
  id: string;
  number: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  status: "ACTIVE" | "SUSPENDED" | "DELETED";
  joinedAt: Date;
  lastActivityAt: Date | null;
  birthday: Date | null;
  marketingConsent: boolean;
  /** Whether a personal note may be sent: an address, active, thank-you notes not switched off */
  canReceiveNotes: boolean;
  tier: { name: string; perks: string } | null;
  balance: number;
  pending: number;
  lifetimeEarned: number;
  lifetimeSpent: number;
  tierHistory: { id: string; at: Date; from: string | null; to: string | null; reason: string }[];
  purchases: {
    id: string;
    externalId: string;
    amountMinor: number;
    currency: string;
    refundedMinor: number;
    occurredAt: Date;
    channel: PurchaseChannel;
    refunds: { id: string; amountMinor: number; createdAt: Date }[];
  }[];
  purchaseCount: number;
  vouchers: {
    id: string;
    rewardName: string | null;
    source: RedemptionSource;
    codeHint: string;
    points: number;
    status: RedemptionStatus;
    createdAt: Date;
    expiresAt: Date;
    usedAt: Date | null;
  }[];
  punchCards: { id: string; name: string; stampsRequired: number; stamps: number; completed: number }[];
  notes: { id: string; body: string; createdAt: Date; author: string | null }[];
};

export async function getMemberDetail(input: { businessId: string; memberId: string }, now = new Date()): Promise<MemberDetail | null> {
  const { businessId, memberId } = input;
  const member = await db.member.findFirst({
    where: { id: memberId, businessId },
    select: {
      id: true, number: true, displayName: true, phone: true, status: true, joinedAt: true, lastActivityAt: true, birthday: true,
      marketingConsent: true, emailPreferences: true, balance: true, lifetimeEarned: true, lifetimeSpent: true,
      user: { select: { email: true, name: true } },
      tier: { select: { name: true, perks: true } },
    },
  });
  if (!member) return null;

  const where = { businessId, memberId };
  const [pending, tierHistory, purchases, purchaseCount, vouchers, cards, progress, notes] = await Promise.all([
    db.ledgerLot.aggregate({ _sum: { remaining: true }, where: { ...where, remaining: { gt: 0 }, availableAt: { gt: now } } }),
    db.tierChange.findMany({
      where,
      orderBy: { at: "desc" },
      take: 50,
      select: { id: true, at: true, reason: true, fromTier: { select: { name: true } }, toTier: { select: { name: true } } },
    }),
    db.purchase.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: PURCHASES,
      select: {
        id: true, externalId: true, amountMinor: true, currency: true, refundedMinor: true, occurredAt: true, channel: true,
        refunds: { orderBy: { createdAt: "asc" }, select: { id: true, amountMinor: true, createdAt: true } },
      },
    }),
    db.purchase.count({ where }),
    db.redemption.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: VOUCHERS,
      select: { id: true, code: true, points: true, status: true, source: true, createdAt: true, expiresAt: true, usedAt: true, reward: { select: { name: true } } },
    }),
    db.punchCard.findMany({ where: { businessId, active: true }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, stampsRequired: true } }),
    db.memberPunchCard.findMany({ where, select: { punchCardId: true, stamps: true, completed: true } }),
    db.memberNote.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: NOTES, select: { id: true, body: true, createdAt: true, authorUserId: true } }),
  ]);
  const authors = await authorNames(notes.map((note) => note.authorUserId));
  const stamps = new Map(progress.map((row) => [row.punchCardId, row]));
  const preferences = (member.emailPreferences ?? {}) as Record<string, unknown>;

  return {
    id: member.id,
    number: member.number,
    name: member.displayName ?? member.user?.name ?? null,
    email: member.user?.email ?? null,
    phone: member.phone,
    status: member.status,
    joinedAt: member.joinedAt,
    lastActivityAt: member.lastActivityAt,
    birthday: member.birthday,
    marketingConsent: member.marketingConsent,
    canReceiveNotes: Boolean(member.user?.email) && member.status === "ACTIVE" && preferences.thankYou !== false,
    tier: member.tier,
    balance: member.balance,
    pending: pending._sum.remaining ?? 0,
    lifetimeEarned: member.lifetimeEarned,
    lifetimeSpent: member.lifetimeSpent,
    tierHistory: tierHistory.map((change) => ({
      id: change.id, at: change.at, reason: change.reason, from: change.fromTier?.name ?? null, to: change.toTier?.name ?? null,
    })),
    purchases,
    purchaseCount,
    // Staff see only the end of a voucher code: enough to tell vouchers apart, not to use one.
    vouchers: vouchers.map(({ code, reward, ...voucher }) => ({ ...voucher, rewardName: reward?.name ?? null, codeHint: code.slice(-4) })),
    punchCards: cards.map((card) => ({ ...card, stamps: stamps.get(card.id)?.stamps ?? 0, completed: stamps.get(card.id)?.completed ?? 0 })),
    notes: notes.map((note) => ({ id: note.id, body: note.body, createdAt: note.createdAt, author: note.authorUserId ? (authors.get(note.authorUserId) ?? null) : null })),
  };
}

async function authorNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((user) => [user.id, user.name ?? user.email]));
}
