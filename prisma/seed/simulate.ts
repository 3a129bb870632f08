// The demo history of one business as plain rows, from its config, a seeded PRNG and `now`.
// Pure: no database, no clock, no I/O; the same inputs give the same rows.
//
// Members are planned first (plan.ts); then every event (joins, purchases, refunds, birthdays,
// monthly tier reviews, lot expiries, vouchers coming back) runs in time order through the
// same rules the app applies:
//   points of a purchase = floor(floor(amount / earnPerMinor) × earnPoints × multiplierBp / 10000)
//     at the tier held when buying (rounding DOWN; NEAREST/UP round the first division instead);
//   a refund reverses floor(earned × refunded / amount) of the purchase's points;
//   tier = highest threshold ≤ net spend of the rolling 365 days; upgrades happen at the
//     purchase, downgrades at a monthly review once the spend has stayed below for the grace days.
import { buildCatalog } from "./catalog";
import { createContext, type SimContext } from "./context";
import type { BusinessConfig } from "./demo-businesses";
import { planBusiness, type MemberPlan } from "./plan";
import type { Rng } from "./random";
import type { BusinessRows, MemberRow, PurchaseRow, RefundRow, RewardRow, TierChangeRow, TierRow } from "./rows";
import { DAY, birthdaysBetween, monthStarts } from "./time";
import { Vouchers } from "./vouchers";

const ROLLING_WINDOW = 365 * DAY;

type MemberState = {
  plan: MemberPlan;
  tier: TierRow;
  belowSince: number | null;
  goal: RewardRow | null;
  stamps: number;
  completed: number;
  stampedAt: Date | null;
  lastPurchaseAt: Date | null;
  purchases: PurchaseRow[];
};

export function simulateBusiness(config: BusinessConfig, rng: Rng, now: Date): BusinessRows {
  const catalog = buildCatalog(config, new Date(now.getTime() - 440 * DAY));
  const { business, program, tiers, rewards, punchCard } = catalog;
  const ctx = createContext(config, business.id, rng, now);
  const { book, queue } = ctx;
  const plan = planBusiness(config, business.id, rng, now);
  const vouchers = new Vouchers(ctx, rewards);
  const entryTier = tiers[0] as TierRow;
  const cardReward = rewards.find((reward) => reward.id === punchCard.rewardId) as RewardRow;
  const rankOf = new Map(tiers.map((tier) => [tier.id, tier.rank]));
  const tierChanges: TierChangeRow[] = [];
  const refunded = new Map<string, number>();
  const earnEntries = new Map<string, { id: string; points: number }>();
  const states = new Map<string, MemberState>();

  const changeTier = (state: MemberState, to: TierRow, at: Date, reason: string, from: TierRow | null = state.tier) => {
    const id = `${config.key}_tc${String(tierChanges.length + 1).padStart(5, "0")}`;
    tierChanges.push({ id, businessId: business.id, memberId: state.plan.id, fromTierId: from?.id ?? null, toTierId: to.id, reason, at });
    state.tier = to;
    state.belowSince = null;
  };

  /** Net spend (after refunds so far) of the member's purchases in the 365 days up to `at`. */
  const rollingSpend = (state: MemberState, at: number) =>
    state.purchases
      .filter((row) => row.occurredAt.getTime() > at - ROLLING_WINDOW && row.occurredAt.getTime() <= at)
      .reduce((sum, row) => sum + row.amountMinor - (refunded.get(row.id) ?? 0), 0);
  const qualifyingTier = (spend: number) => tiers.filter((tier) => tier.threshold <= spend).at(-1) ?? entryTier;

  const onJoin = (state: MemberState) => {
    const { plan: member } = state;
    const at = member.joinedAt;
    changeTier(state, entryTier, at, "Joined", null);
    if (program.signupBonus > 0) {
      ctx.credit({ memberId: member.id, kind: "BONUS", points: program.signupBonus, at, key: `seed/signup/${member.id}`, reason: "Welcome bonus" });
    }
    if (member.referredById) {
      if (program.referredBonus > 0) {
        ctx.credit({ memberId: member.id, kind: "BONUS", points: program.referredBonus, at, key: `seed/referred/${member.id}`, reason: "Joined through a friend" });
      }
      if (program.referralBonus > 0) {
        const reason = `Referred ${member.firstName}`;
        ctx.credit({ memberId: member.referredById, kind: "BONUS", points: program.referralBonus, at, key: `seed/referral/${member.id}`, reason });
      }
    }
    if (member.birthday && program.birthdayBonus > 0) {
      for (const day of birthdaysBetween(member.birthday, at, now, config.hours)) {
        const key = `seed/birthday/${member.id}/${day.getUTCFullYear()}`;
        queue.push(day, () => ctx.credit({ memberId: member.id, kind: "BONUS", points: program.birthdayBonus, at: day, key, reason: "Happy birthday" }));
      }
    }
    for (const review of monthStarts(at, now, config.hours)) queue.push(review, () => onReview(state, review));
  };

  const onPurchase = (state: MemberState, row: PurchaseRow) => {
    const at = row.occurredAt;
    const memberId = state.plan.id;
    state.purchases.push(row);
    state.lastPurchaseAt = at;
    const base = roundUnits(row.amountMinor / program.earnPerMinor, program.rounding) * program.earnPoints;
    const points = Math.floor((base * state.tier.multiplierBp) / 10000);
    if (points > 0) {
      const lot = ctx.credit({ memberId, kind: "EARN", points, at, key: `seed/earn/${row.id}`, purchaseId: row.id, actorUserId: row.staffUserId });
      earnEntries.set(row.id, { id: lot.entry.id, points });
    }
    stamp(state, row);
    const qualified = qualifyingTier(rollingSpend(state, at.getTime()));
    if (qualified.rank > state.tier.rank) changeTier(state, qualified, at, "Qualifying spend reached");
    maybeRedeem(state, new Date(at.getTime() + 2 * 60_000));
  };

  const stamp = (state: MemberState, row: PurchaseRow) => {
    const { stampRule, stampMinorUnit, stampsRequired } = punchCard;
    const earned =
      stampRule === "AMOUNT" ? Math.floor(row.amountMinor / stampMinorUnit) : row.amountMinor >= stampMinorUnit ? 1 : 0;
    if (earned === 0) return;
    state.stamps += earned;
    state.stampedAt = row.occurredAt;
    while (state.stamps >= stampsRequired) {
      state.stamps -= stampsRequired;
      state.completed += 1;
      vouchers.punchCardVoucher(state.plan.id, cardReward, new Date(row.occurredAt.getTime() + 60_000));
    }
  };

  /** Members save for a goal reward and redeem it at a visit once they can keep their reserve (then maybe the next goal). */
  const maybeRedeem = (state: MemberState, at: Date) => {
    const member = state.plan;
    if (member.redeemChance === 0 || at >= now) return;
    const eligible = (reward: RewardRow) =>
      reward.pointsCost <= member.maxRewardCost &&
      (reward.minTierId === null || (rankOf.get(reward.minTierId) ?? 0) <= state.tier.rank) &&
      vouchers.available(member.id, reward);
    for (;;) {
      if (!state.goal || !eligible(state.goal)) {
        const choices = rewards.filter(eligible);
        state.goal = choices.length > 0 ? rng.pick(choices) : null;
      }
      const goal = state.goal;
      if (!goal || book.available(member.id, at) - member.reserve < goal.pointsCost || !rng.chance(member.redeemChance)) return;
      vouchers.redeem(member.id, goal, at, member.isMaria);
      state.goal = null;
    }
  };

  const onRefund = (refund: RefundRow, row: PurchaseRow) => {
    refunded.set(row.id, refund.amountMinor);
    const earn = earnEntries.get(row.id);
    if (!row.memberId || !earn) return;
    // floor keeps the reversal at or under the proportional share (DESIGN.md §4.5).
    const points = Math.floor((earn.points * refund.amountMinor) / row.amountMinor);
    if (points === 0) return;
    book.debit({
      memberId: row.memberId,
      kind: "REVERSAL",
      points,
      at: refund.createdAt,
      key: `seed/reversal/${refund.id}`,
      purchaseId: row.id,
      reversesId: earn.id,
      firstLotId: earn.id,
      actorUserId: refund.actorUserId,
      reason: "Refund",
    });
  };

  const onReview = (state: MemberState, at: Date) => {
    const qualified = qualifyingTier(rollingSpend(state, at.getTime()));
    if (qualified.rank >= state.tier.rank) state.belowSince = null;
    else if (state.belowSince === null) state.belowSince = at.getTime();
    else if (at.getTime() - state.belowSince >= program.tierGraceDays * DAY) changeTier(state, qualified, at, "Requalification");
  };

  for (const member of plan.members) {
    const state: MemberState = {
      plan: member,
      tier: entryTier,
      belowSince: null,
      goal: null,
      stamps: 0,
      completed: 0,
      stampedAt: null,
      lastPurchaseAt: null,
      purchases: [],
    };
    states.set(member.id, state);
    queue.push(member.joinedAt, () => onJoin(state));
  }
  const purchaseById = new Map(plan.purchases.map((row) => [row.id, row]));
  for (const row of plan.purchases) {
    const state = row.memberId ? states.get(row.memberId) : undefined;
    if (state) queue.push(row.occurredAt, () => onPurchase(state, row));
  }
  for (const refund of plan.refunds) {
    const row = purchaseById.get(refund.purchaseId) as PurchaseRow;
    queue.push(refund.createdAt, () => onRefund(refund, row));
  }
  for (let event = queue.pop(); event; event = queue.pop()) event.event();

  return {
    ...catalog,
    rewards: rewards.map((reward) => ({ ...reward, stock: vouchers.remainingStock(reward.id) })),
    staffRoles: catalog.staffRoles.map((role) => ({ ...role, lastActiveAt: lastRungUpBy(plan.purchases, role.userId) })),
    users: plan.members
      .filter((member) => !member.isMaria)
      .map((member) => ({ id: member.userId, name: member.name, email: member.email, emailVerified: member.emailVerified, createdAt: member.joinedAt })),
    members: plan.members.map((member) => memberRow(ctx, states.get(member.id) as MemberState)),
    purchases: plan.purchases,
    refunds: plan.refunds,
    redemptions: vouchers.redemptions,
    ledger: book.entries,
    allocations: book.allocations,
    memberPunchCards: [...states.values()]
      .filter((state) => state.stampedAt !== null)
      .map((state) => ({
        id: `${config.key}_mpc${state.plan.number}`,
        businessId: business.id,
        memberId: state.plan.id,
        punchCardId: punchCard.id,
        stamps: state.stamps,
        completed: state.completed,
        updatedAt: state.stampedAt as Date,
      })),
    tierChanges,
  };
}

function memberRow(ctx: SimContext, state: MemberState): MemberRow {
  const { plan: member } = state;
  const account = ctx.book.account(member.id);
  return {
    id: member.id,
    businessId: ctx.businessId,
    userId: member.userId,
    number: member.number,
    tierId: state.tier.id,
    joinedAt: member.joinedAt,
    birthday: member.birthday,
    phone: member.phone,
    displayName: member.name,
    marketingConsent: member.marketingConsent,
    emailPreferences: { thankYou: true, milestones: true, offers: member.marketingConsent },
    unsubscribeToken: member.unsubscribeToken,
    referralCode: member.referralCode,
    referredById: member.referredById,
    balance: account.balance,
    lifetimeEarned: account.earned,
    lifetimeSpent: account.spent,
    lastActivityAt: state.lastPurchaseAt,
    createdAt: member.joinedAt,
    updatedAt: state.lastPurchaseAt ?? member.joinedAt,
  };
}

function roundUnits(units: number, rounding: string | undefined): number {
  if (rounding === "UP") return Math.ceil(units);
  if (rounding === "NEAREST") return Math.round(units);
  return Math.floor(units);
}

function lastRungUpBy(purchases: PurchaseRow[], userId: string): Date | null {
  const last = purchases.findLast((row) => row.staffUserId === userId);
  return last?.occurredAt ?? null;
}
