// Writing the program's lists (tiers, punch cards, promotions, owner actions) inside the
// settings transaction. Rows are matched by id within the business only, so an id from another
// business is "not found" and the whole save rolls back.
import "server-only";

import { randomUUID } from "node:crypto";

import { UserError } from "@/lib/actions/user-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProgramSettings } from "./program-schemas";
import { localDayEnd, localDayStart } from "./program-settings-dates";
import type { ProgramSnapshot } from "./program-settings-snapshot";

type Tx = Prisma.TransactionClient;

const TEMPORARY_RANK = 1_000;
type Scope = { tx: Tx; businessId: string; timeZone: string };

export function assertKnownIds(kind: string, incoming: { id: string | null }[], current: { id: string }[]) {
  const known = new Set(current.map((row) => row.id));
  for (const row of incoming) {
    if (row.id !== null && !known.has(row.id)) throw new UserError(`A ${kind} in this form was not found. Reload the page and try again.`);
  }
}

/**
 * Tiers are ranked by threshold. Ranks and names are unique per business, so kept rows first
 * move to temporary values, then take their final ones. Members of a removed tier move down to
 * the nearest remaining tier (recorded in their tier history); a tier still gating rewards
 * cannot be removed, since its rewards would silently open to everyone.
 */
export async function syncTiers({ tx, businessId }: Scope, incoming: ProgramSettings["tiers"], current: ProgramSnapshot["tiers"]) {
  assertKnownIds("tier", incoming, current);
  const keptIds = new Set(incoming.flatMap((tier) => (tier.id ? [tier.id] : [])));
  const removed = current.filter((tier) => !keptIds.has(tier.id));
  if (removed.length > 0) {
    const gated = await tx.reward.findMany({
      where: { businessId, minTierId: { in: removed.map((tier) => tier.id) }, archivedAt: null },
      select: { minTier: { select: { name: true } } },
    });
    if (gated.length > 0) {
      throw new UserError(`${gated[0]!.minTier!.name} still limits rewards to its members. Change those rewards first.`);
    }
  }

  const ordered = [...incoming].sort((a, b) => a.threshold - b.threshold);
  // Temporary ranks above any real one (ranks may not be negative, a CHECK constraint).
  for (const [index, tier] of current.entries()) {
    await tx.tier.updateMany({ where: { id: tier.id, businessId }, data: { rank: TEMPORARY_RANK + index, name: `~${tier.id}` } });
  }
  const finalIds: { id: string; threshold: number }[] = [];
  for (const [rank, tier] of ordered.entries()) {
    const data = { name: tier.name, rank, threshold: tier.threshold, multiplierBp: tier.multiplierBp, perks: tier.perks };
    if (tier.id) {
      await tx.tier.updateMany({ where: { id: tier.id, businessId }, data });
      finalIds.push({ id: tier.id, threshold: tier.threshold });
    } else {
      const created = await tx.tier.create({ data: { ...data, businessId }, select: { id: true } });
      finalIds.push({ id: created.id, threshold: tier.threshold });
    }
  }

  for (const tier of removed) {
    const below = finalIds.filter((candidate) => candidate.threshold <= tier.threshold).at(-1) ?? finalIds[0] ?? null;
    const members = await tx.member.findMany({ where: { businessId, tierId: tier.id }, select: { id: true } });
    if (members.length > 0) {
      await tx.member.updateMany({ where: { businessId, tierId: tier.id }, data: { tierId: below?.id ?? null, tierGraceUntil: null } });
      await tx.tierChange.createMany({
        data: members.map((member) => ({
          id: randomUUID(),
          businessId,
          memberId: member.id,
          fromTierId: tier.id,
          toTierId: below?.id ?? null,
          reason: `Tier ${tier.name} removed by the owner`,
        })),
      });
    }
    await tx.tier.deleteMany({ where: { id: tier.id, businessId } });
  }
}

/** A removed card that members have stamps on is switched off instead, so nobody loses stamps. */
export async function syncPunchCards({ tx, businessId }: Scope, incoming: ProgramSettings["punchCards"], current: ProgramSnapshot["punchCards"]) {
  assertKnownIds("punch card", incoming, current);
  const rewardIds = [...new Set(incoming.flatMap((card) => (card.rewardId ? [card.rewardId] : [])))];
  if (rewardIds.length > 0) {
    const found = await tx.reward.count({ where: { businessId, id: { in: rewardIds } } });
    if (found !== rewardIds.length) throw new UserError("A punch card's reward was not found. Pick one of your rewards.");
  }
  for (const card of incoming) {
    const data = {
      name: card.name,
      stampsRequired: card.stampsRequired,
      stampRule: card.stampRule,
      stampMinorUnit: card.stampMinorUnit,
      stampItem: card.stampRule === "ITEM" ? card.stampItem : null,
      rewardId: card.rewardId,
      active: card.active,
    };
    if (card.id) await tx.punchCard.updateMany({ where: { id: card.id, businessId }, data });
    else await tx.punchCard.create({ data: { ...data, businessId } });
  }
  const keptIds = new Set(incoming.flatMap((card) => (card.id ? [card.id] : [])));
  for (const card of current.filter((row) => !keptIds.has(row.id))) {
    const inUse = await tx.memberPunchCard.count({ where: { businessId, punchCardId: card.id } });
    if (inUse > 0) await tx.punchCard.updateMany({ where: { id: card.id, businessId }, data: { active: false } });
    else await tx.punchCard.deleteMany({ where: { id: card.id, businessId } });
  }
}

export async function syncPromotions({ tx, businessId, timeZone }: Scope, incoming: ProgramSettings["promotions"], current: ProgramSnapshot["promotions"]) {
  assertKnownIds("promotion", incoming, current);
  const stored = new Map(current.map((promotion) => [promotion.id, promotion]));
  for (const promotion of incoming) {
    const before = promotion.id ? stored.get(promotion.id) : undefined;
    // A day the owner did not change keeps its stored instant (it may come from the API).
    const startsAt =
      promotion.startDate === null ? null : before && before.startDate === promotion.startDate ? before.startsAt : localDayStart(promotion.startDate, timeZone);
    const endsAt = promotion.endDate === null ? null : before && before.endDate === promotion.endDate ? before.endsAt : localDayEnd(promotion.endDate, timeZone);
    const data = {
      name: promotion.name,
      multiplierBp: promotion.multiplierBp,
      bonusPoints: promotion.bonusPoints,
      daysOfWeek: [...promotion.daysOfWeek].sort((a, b) => a - b),
      startMinute: promotion.startMinute,
      endMinute: promotion.endMinute,
      startsAt,
      endsAt,
      category: promotion.category,
      minSpendMinor: promotion.minSpendMinor,
      active: promotion.active,
    };
    if (promotion.id) await tx.promotion.updateMany({ where: { id: promotion.id, businessId }, data });
    else await tx.promotion.create({ data: { ...data, businessId } });
  }
  const keptIds = new Set(incoming.flatMap((promotion) => (promotion.id ? [promotion.id] : [])));
  const gone = current.filter((row) => !keptIds.has(row.id)).map((row) => row.id);
  if (gone.length > 0) await tx.promotion.deleteMany({ where: { businessId, id: { in: gone } } });
}

/** An action's key is what tills and counts per member use, so it never changes once saved. */
export async function syncLoyaltyActions({ tx, businessId }: Scope, incoming: ProgramSettings["loyaltyActions"], current: ProgramSnapshot["loyaltyActions"]) {
  assertKnownIds("loyalty action", incoming, current);
  const stored = new Map(current.map((action) => [action.id, action]));
  const keptIds = new Set(incoming.flatMap((action) => (action.id ? [action.id] : [])));
  const gone = current.filter((row) => !keptIds.has(row.id)).map((row) => row.id);
  // Removed first, so a new action may reuse a removed one's key.
  if (gone.length > 0) await tx.loyaltyAction.deleteMany({ where: { businessId, id: { in: gone } } });
  for (const action of incoming) {
    const data = { name: action.name, points: action.points, maxPerMember: action.maxPerMember, active: action.active };
    if (action.id) {
      if (stored.get(action.id)?.key !== action.key) throw new UserError(`The key of "${action.name}" cannot change once saved.`);
      await tx.loyaltyAction.updateMany({ where: { id: action.id, businessId }, data });
    } else {
      await tx.loyaltyAction.create({ data: { ...data, key: action.key, businessId } });
    }
  }
}
