// A small, fixed history for the analytics tests, written with explicit timestamps (the engine
// stamps ledger rows with the database's clock, so it cannot write a past). The rows keep
// the ledger's rules: every credit is a lot, debits take lots nearest expiry first (a refund
// its own purchase's lot first), remainders, balances and lifetime counters follow, and the
// caller checks ledgerViolations() afterwards.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { addMonths } from "@/lib/loyalty/rules/local-time";

/** "2026-05-20" is 10:00 in Manila (02:00Z); a full ISO instant is taken as is. */
export const at = (when: string) => new Date(when.length === 10 ? `${when}T02:00:00.000Z` : when);

export type HistoryMember = { key: string; joined: string; tierRank: number | null; consent: boolean; deleted?: boolean };
export type HistoryPurchase = { key: string; member: string | null; when: string; amountMinor: number; refundedMinor?: number };
export type HistoryReward = { key: string; name: string; pointsCost: number; archived?: boolean };
export type HistoryEntry =
  | { kind: "EARN"; purchase: string }
  | { kind: "BONUS"; member: string; points: number; when: string }
  | { kind: "REDEEM"; key: string; member: string; reward: string; points: number; when: string; cancelledAt?: string }
  | { kind: "REFUND_REVERSAL"; purchase: string; points: number; when: string }
  | { kind: "EXPIRE"; member: string; points: number; when: string };
export type HistoryEmail = { sentAt: string | null };

export type History = { members: HistoryMember[]; purchases: HistoryPurchase[]; rewards: HistoryReward[]; entries: HistoryEntry[]; emails: HistoryEmail[] };

type Lot = { id: string; member: string; points: number; remaining: number; createdAt: Date; expiresAt: Date; purchaseId: string | null };

export async function writeHistory(business: { id: string; tiers: { id: string; rank: number }[] }, history: History, expiryMonths = 12) {
  const tag = randomBytes(3).toString("hex");
  const id = (key: string) => `${tag}-${key}`;
  const members = new Map(history.members.map((member) => [member.key, { ...member, id: id(`m-${member.key}`), balance: 0, earned: 0, spent: 0 }]));
  const purchases = new Map(history.purchases.map((purchase) => [purchase.key, { ...purchase, id: id(`p-${purchase.key}`) }]));
  const rewards = new Map(history.rewards.map((reward) => [reward.key, { ...reward, id: id(`r-${reward.key}`) }]));

  for (const member of members.values()) {
    const user = member.deleted ? null : await db.user.create({ data: { email: `${member.id}@test.local` } });
    await db.member.create({
      data: {
        id: member.id, businessId: business.id, userId: user?.id ?? null, number: 1001 + [...members.keys()].indexOf(member.key),
        tierId: member.tierRank === null ? null : business.tiers.find((tier) => tier.rank === member.tierRank)!.id,
        status: member.deleted ? "DELETED" : "ACTIVE", joinedAt: at(member.joined), displayName: `Member ${member.key}`,
        marketingConsent: member.consent, emailPreferences: { offers: member.consent }, unsubscribeToken: id(`u-${member.key}`), referralCode: id(`c-${member.key}`),
      },
    });
  }
  for (const reward of rewards.values()) {
    await db.reward.create({ data: { id: reward.id, businessId: business.id, kind: "FREE_ITEM", name: reward.name, pointsCost: reward.pointsCost, archivedAt: reward.archived ? at("2026-01-01") : null } });
  }
  await db.purchase.createMany({
    data: [...purchases.values()].map((purchase) => ({
      id: purchase.id, businessId: business.id, memberId: purchase.member ? members.get(purchase.member)!.id : null, amountMinor: purchase.amountMinor,
      refundedMinor: purchase.refundedMinor ?? 0, currency: "PHP", externalId: purchase.id, occurredAt: at(purchase.when),
    })),
  });

  const lots: Lot[] = [];
  const entries: { id: string; memberId: string; kind: string; points: number; createdAt: Date; lotExpiresAt: Date | null; purchaseId: string | null; redemptionId: string | null }[] = [];
  const allocations: { debitId: string; lotId: string; points: number; createdAt: Date }[] = [];
  const redemptions: { id: string; memberId: string; rewardId: string; points: number; status: "USED" | "CANCELLED"; createdAt: Date }[] = [];

  const credit = (member: string, kind: string, points: number, createdAt: Date, links: { purchaseId?: string; redemptionId?: string } = {}) => {
    const entryId = id(`e${entries.length}`);
    const expiresAt = addMonths(createdAt, expiryMonths);
    entries.push({ id: entryId, memberId: members.get(member)!.id, kind, points, createdAt, lotExpiresAt: expiresAt, purchaseId: links.purchaseId ?? null, redemptionId: links.redemptionId ?? null });
    lots.push({ id: entryId, member, points, remaining: points, createdAt, expiresAt, purchaseId: links.purchaseId ?? null });
    members.get(member)!.balance += points;
  };
  const debit = (member: string, kind: string, points: number, createdAt: Date, links: { purchaseId?: string; redemptionId?: string } = {}) => {
    const entryId = id(`e${entries.length}`);
    entries.push({ id: entryId, memberId: members.get(member)!.id, kind, points: -points, createdAt, lotExpiresAt: null, purchaseId: links.purchaseId ?? null, redemptionId: links.redemptionId ?? null });
    const open = lots
      .filter((lot) => lot.member === member && lot.remaining > 0 && (kind === "EXPIRE" || lot.expiresAt > createdAt))
      .sort((a, b) => Number(b.purchaseId === links.purchaseId && kind === "REVERSAL") - Number(a.purchaseId === links.purchaseId && kind === "REVERSAL") || a.expiresAt.getTime() - b.expiresAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
    let left = points;
    for (const lot of open) {
      const take = Math.min(left, lot.remaining);
      if (take === 0) break;
      lot.remaining -= take;
      left -= take;
      allocations.push({ debitId: entryId, lotId: lot.id, points: take, createdAt });
    }
    if (left > 0) throw new Error(`history: ${member} cannot cover ${kind} ${points}`);
    members.get(member)!.balance -= points;
  };

  const ordered = history.entries.map((entry) => ({ entry, when: "purchase" in entry && entry.kind === "EARN" ? purchases.get(entry.purchase)!.when : (entry as { when: string }).when }));
  ordered.sort((a, b) => at(a.when).getTime() - at(b.when).getTime());
  for (const { entry } of ordered) {
    if (entry.kind === "EARN") {
      const purchase = purchases.get(entry.purchase)!;
      const points = Math.floor(purchase.amountMinor / 1000);
      credit(purchase.member!, "EARN", points, at(purchase.when), { purchaseId: purchase.id });
      members.get(purchase.member!)!.earned += points;
    } else if (entry.kind === "BONUS") {
      credit(entry.member, "BONUS", entry.points, at(entry.when));
      members.get(entry.member)!.earned += entry.points;
    } else if (entry.kind === "REDEEM") {
      const redemptionId = id(`v-${entry.key}`);
      redemptions.push({ id: redemptionId, memberId: members.get(entry.member)!.id, rewardId: rewards.get(entry.reward)!.id, points: entry.points, status: entry.cancelledAt ? "CANCELLED" : "USED", createdAt: at(entry.when) });
      debit(entry.member, "REDEEM", entry.points, at(entry.when), { redemptionId });
      members.get(entry.member)!.spent += entry.points;
      if (entry.cancelledAt) {
        credit(entry.member, "REVERSAL", entry.points, at(entry.cancelledAt), { redemptionId });
        members.get(entry.member)!.spent -= entry.points;
      }
    } else if (entry.kind === "REFUND_REVERSAL") {
      const purchase = purchases.get(entry.purchase)!;
      debit(purchase.member!, "REVERSAL", entry.points, at(entry.when), { purchaseId: purchase.id });
      members.get(purchase.member!)!.earned -= entry.points;
    } else {
      debit(entry.member, "EXPIRE", entry.points, at(entry.when));
    }
  }

  await db.redemption.createMany({
    data: redemptions.map((redemption) => ({
      ...redemption, businessId: business.id, code: redemption.id, expiresAt: new Date(redemption.createdAt.getTime() + 30 * 86_400_000),
      usedAt: redemption.status === "USED" ? redemption.createdAt : null,
    })),
  });
  await db.ledgerEntry.createMany({
    data: entries.map((entry) => ({ ...entry, businessId: business.id, kind: entry.kind as never, availableAt: entry.points > 0 ? entry.createdAt : null })),
  });
  await db.ledgerLot.createMany({
    data: lots.map((lot) => ({ entryId: lot.id, businessId: business.id, memberId: members.get(lot.member)!.id, remaining: lot.remaining, expiresAt: lot.expiresAt, availableAt: lot.createdAt, purchaseId: lot.purchaseId, createdAt: lot.createdAt })),
  });
  await db.ledgerAllocation.createMany({ data: allocations.map((allocation) => ({ ...allocation, businessId: business.id })) });
  for (const member of members.values()) {
    await db.member.update({ where: { id: member.id }, data: { balance: member.balance, lifetimeEarned: member.earned, lifetimeSpent: member.spent } });
  }
  await db.emailMessage.createMany({
    data: history.emails.map((email, index) => ({
      businessId: business.id, kind: "thank-you", dedupeKey: id(`mail-${index}`), toEmail: "someone@test.local", subject: "Thank you", payload: {},
      status: email.sentAt ? "SENT" : "PENDING", sentAt: email.sentAt ? at(email.sentAt) : null,
      createdAt: email.sentAt ? new Date(at(email.sentAt).getTime() - 3_600_000) : at("2026-06-14"),
    })),
  });
  return {
    memberId: (key: string) => members.get(key)!.id,
    purchaseId: (key: string) => purchases.get(key)!.id,
    rewardId: (key: string) => rewards.get(key)!.id,
  };
}
