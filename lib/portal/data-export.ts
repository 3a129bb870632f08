// "Download my data": everything Suki holds about one person, as plain JSON. Only rows
// reached through the user's own memberships; nothing of other members, and no secrets
// (password hash, sessions, unsubscribe and card tokens).
import "server-only";
import { db } from "@/lib/db/client";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { describeLedgerEntry } from "./ledger-descriptions";

export const EXPORT_FORMAT = "suki.member-data/v1";

/** Descriptions of ledger entries are written in `locale`, the language the person reads. */
export async function exportUserData(userId: string, now = new Date(), locale: Locale = defaultLocale) {
  const t = translatorFor(locale);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, emailVerified: true, createdAt: true },
  });
  if (!user) return null;
  const members = await db.member.findMany({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    select: {
      id: true, number: true, status: true, joinedAt: true, birthday: true, phone: true, displayName: true,
      marketingConsent: true, emailPreferences: true, referralCode: true, balance: true, lifetimeEarned: true,
      lifetimeSpent: true, lastActivityAt: true, paidMemberSince: true, paidMemberUntil: true,
      business: { select: { name: true, slug: true, currency: true } },
      tier: { select: { name: true } },
      ledgerEntries: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, points: true, reason: true, purchaseId: true, redemptionId: true, lotExpiresAt: true, availableAt: true, createdAt: true },
      },
      purchases: {
        orderBy: { occurredAt: "asc" },
        select: { id: true, externalId: true, amountMinor: true, currency: true, refundedMinor: true, pointsPaidMinor: true, channel: true, items: true, occurredAt: true },
      },
      redemptions: {
        orderBy: { createdAt: "asc" },
        select: { id: true, code: true, source: true, points: true, valueMinor: true, status: true, expiresAt: true, usedAt: true, createdAt: true, reward: { select: { name: true } } },
      },
      punchCards: { select: { stamps: true, completed: true, punchCard: { select: { name: true, stampsRequired: true } } } },
      tierChanges: { orderBy: { at: "asc" }, select: { reason: true, at: true, fromTier: { select: { name: true } }, toTier: { select: { name: true } } } },
      emailMessages: { orderBy: { createdAt: "asc" }, select: { kind: true, subject: true, status: true, sentAt: true, createdAt: true } },
    },
  });

  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    note: "Money amounts are in minor units of the currency (centavos, bani); points are whole numbers.",
    user,
    memberships: members.map(({ business, tier, ledgerEntries, redemptions, punchCards, tierChanges, ...member }) => ({
      business,
      ...member,
      birthday: member.birthday?.toISOString().slice(0, 10) ?? null,
      tier: tier?.name ?? null,
      ledger: ledgerEntries.map((entry) => {
        const description = describeLedgerEntry(entry);
        return { ...entry, description: t(description.key, description.values) };
      }),
      vouchers: redemptions.map(({ reward, ...voucher }) => ({ ...voucher, reward: reward?.name ?? null })),
      punchCards: punchCards.map((card) => ({ name: card.punchCard.name, stampsRequired: card.punchCard.stampsRequired, stamps: card.stamps, completed: card.completed })),
      tierChanges: tierChanges.map((change) => ({ from: change.fromTier?.name ?? null, to: change.toTier?.name ?? null, reason: change.reason, at: change.at })),
    })),
  };
}

export type UserDataExport = NonNullable<Awaited<ReturnType<typeof exportUserData>>>;
