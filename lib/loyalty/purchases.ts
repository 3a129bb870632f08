// Recording a purchase: the points it earns (rate, tier multiplier, promotions, categories),
// optional part payment with points, punch card stamps, the referral bonus on a first
// qualifying purchase, an instant tier upgrade, and the member's next visit discount.
import "server-only";
import type { z } from "zod";
import { isUniqueViolation } from "./db-errors";
import { LoyaltyError } from "./errors";
import { once } from "./idempotency";
import { postCredit, postDebit, type Actor } from "./ledger";
import { availableFrom, loadProgram, lotExpiry, type LoadedProgram } from "./program";
import { payReferralBonus } from "./referrals";
import { computePurchasePoints } from "./rules/earn";
import { periodStart } from "./rules/local-time";
import { basisPointsToPercent, visitDiscountBp } from "./rules/visit-discount";
import { parseInput, recordPurchaseSchema, type RecordPurchaseInput } from "./schemas";
import { stampPunchCards } from "./punch-cards";
import { upgradeIfQualified } from "./tiers";
import { inTransaction, lockMember, type Tx } from "./tx";
import type { IssuedVoucher } from "./vouchers";

export type PurchaseResult = {
  purchaseId: string;
  memberId: string | null;
  pointsEarned: number;
  pointsSpent: number;
  pointsPaidMinor: number;
  balance: number | null;
  tier: { id: string; name: string } | null;
  stampsAdded: number;
  vouchersIssued: IssuedVoucher[];
  /** The discount the member gets on their next visit in this period */
  visitDiscountPercent: number;
  replayed: boolean;
};

export async function recordPurchase(raw: RecordPurchaseInput, actor: Actor = {}, now = new Date()): Promise<PurchaseResult> {
  const input = parseInput(recordPurchaseSchema, raw);
  return inTransaction(async (tx) => {
    const { result, replayed } = await once(
      tx,
      // The receipt id makes a till's retry harmless even without an explicit key.
      { businessId: input.businessId, key: input.idempotencyKey ?? `purchase/${input.externalId}`, operation: "purchase", input: { ...input, idempotencyKey: undefined } },
      async () => record(tx, input, actor, now),
    );
    return { ...result, replayed };
  }).catch((error: unknown) => {
    if (error instanceof LoyaltyError && error.code === "idempotency_conflict" && !input.idempotencyKey) {
      throw new LoyaltyError("duplicate_purchase");
    }
    throw error;
  });
}

type ParsedPurchase = z.output<typeof recordPurchaseSchema>;

async function record(tx: Tx, input: ParsedPurchase, actor: Actor, now: Date): Promise<Omit<PurchaseResult, "replayed">> {
  const program = await loadProgram(tx, input.businessId);
  if (input.currency !== program.currency) throw new LoyaltyError("currency_mismatch");
  const occurredAt = input.occurredAt ?? now;
  const member = input.memberId ? await lockMember(tx, input.businessId, input.memberId) : null;
  if (input.memberId && !member) throw new LoyaltyError("member_not_found");
  if (member && member.status !== "ACTIVE") throw new LoyaltyError("member_inactive");
  if (!member && input.pointsToSpend > 0) throw new LoyaltyError("invalid_input", "Only members can pay with points.");

  const pointsPaidMinor = input.pointsToSpend * program.program.pointValueMinor;
  if (pointsPaidMinor > input.amountMinor) {
    throw new LoyaltyError("invalid_input", "Points can pay at most the whole bill.");
  }
  const purchase = await tx.purchase
    .create({
    data: {
      businessId: input.businessId,
      memberId: member?.id ?? null,
      amountMinor: input.amountMinor,
      currency: input.currency,
      externalId: input.externalId,
      occurredAt,
      pointsPaidMinor,
      channel: input.channel,
      items: input.items ?? undefined,
      staffUserId: actor.userId ?? null,
    },
    select: { id: true },
  })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new LoyaltyError("duplicate_purchase");
      throw error;
    });
  if (!member) {
    return { purchaseId: purchase.id, memberId: null, pointsEarned: 0, pointsSpent: 0, pointsPaidMinor: 0, balance: null, tier: null, stampsAdded: 0, vouchersIssued: [], visitDiscountPercent: 0 };
  }

  let balance = member.balance;
  if (input.pointsToSpend > 0) {
    ({ balance } = await postDebit(tx, member, {
      kind: "REDEEM",
      points: input.pointsToSpend,
      from: { kind: "spendable", now },
      lifetime: "spent",
      purchaseId: purchase.id,
      reason: "Paid part of the bill with points",
      idempotencyKey: `pay/${purchase.id}`,
      actor,
    }));
  }

  const tier = program.tiers.find((candidate) => candidate.id === member.tierId);
  const earned = computePurchasePoints({
    program: program.program,
    tierMultiplierBp: tier?.multiplierBp ?? 10_000,
    promotions: program.promotions,
    amountMinor: input.amountMinor,
    pointsPaidMinor,
    items: input.items,
    occurredAt,
    timeZone: program.timeZone,
  });
  if (earned.points > 0) {
    ({ balance } = await postCredit(tx, member, {
      kind: "EARN",
      points: earned.points,
      lotExpiresAt: lotExpiry(program.program, occurredAt),
      availableAt: availableFrom(program.program, occurredAt),
      lifetime: "earned",
      purchaseId: purchase.id,
      idempotencyKey: `earn/${purchase.id}`,
      reason: earned.appliedPromotions.length > 0 ? earned.appliedPromotions.map((promotion) => promotion.name).join(", ") : null,
      actor,
    }));
    balance = (await payReferralBonus(tx, program, member, now)) ?? balance;
  }

  const stamped = await stampPunchCards(tx, program, {
    memberId: member.id,
    purchaseId: purchase.id,
    amountMinor: input.amountMinor,
    items: input.items,
    now,
  });
  await upgradeIfQualified(tx, program, member, now);
  await tx.member.update({ where: { id: member.id }, data: { lastActivityAt: occurredAt > now ? now : occurredAt } });
  const currentTier = program.tiers.find((candidate) => candidate.id === member.tierId);

  return {
    purchaseId: purchase.id,
    memberId: member.id,
    pointsEarned: earned.points,
    pointsSpent: input.pointsToSpend,
    pointsPaidMinor,
    balance,
    tier: currentTier ? { id: currentTier.id, name: currentTier.name } : null,
    stampsAdded: stamped.stampsAdded,
    vouchersIssued: stamped.vouchers,
    visitDiscountPercent: basisPointsToPercent(await nextVisitDiscountBp(tx, program, member.id, now)),
  };
}

/** The progressive visit discount for the member's next purchase in the current period. */
export async function nextVisitDiscountBp(tx: Tx, program: LoadedProgram, memberId: string, now: Date): Promise<number> {
  if (!program.program.visitDiscountEnabled) return 0;
  const from = periodStart(now, program.program.visitDiscountPeriod, program.timeZone);
  const visits = await tx.purchase.count({ where: { memberId, occurredAt: { gte: from, lte: now } } });
  return visitDiscountBp(program.program, visits);
}
