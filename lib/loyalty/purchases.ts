// Recording a purchase: the points it earns (rate, tier multiplier, promotions, categories),
// optional part payment with points, punch card stamps, the referral bonus on a first
// qualifying purchase, an instant tier upgrade, and the member's next visit discount.
import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { LoyaltyError } from "./errors";
import { remember, replayOf } from "./idempotency";
import { replayPurchase } from "./purchase-replay";
import { postCredit, postDebit, type Actor } from "./ledger";
import { availableFrom, loadProgramLockingMember, lotExpiry, type LoadedProgram } from "./program";
import { payReferralBonus } from "./referrals";
import { computePurchasePoints } from "./rules/earn";
import { periodStart } from "./rules/local-time";
import { basisPointsToPercent, visitDiscountBp } from "./rules/visit-discount";
import { parseInput, recordPurchaseSchema, type RecordPurchaseInput } from "./schemas";
import { stampPunchCards } from "./punch-cards";
import { upgradeIfQualified } from "./tiers";
import { inTransaction, type Tx } from "./tx";
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
  // The receipt id makes a till's retry harmless even without an explicit key.
  const claim = {
    businessId: input.businessId,
    key: input.idempotencyKey ?? `purchase/${input.externalId}`,
    operation: "purchase",
    input: { ...input, idempotencyKey: undefined },
  };
  return inTransaction(async (tx) => {
    const recorded = await record(tx, input, claim, actor, now);
    if ("replayed" in recorded) return recorded;
    // A receipt id alone needs no stored answer: a retry is rebuilt (purchase-replay.ts).
    if (input.idempotencyKey) await remember(tx, claim, recorded);
    return { ...recorded, replayed: false };
  });
}

type ParsedPurchase = z.output<typeof recordPurchaseSchema>;
type Claim = Parameters<typeof remember>[1];
type Recorded = Omit<PurchaseResult, "replayed">;

async function record(tx: Tx, input: ParsedPurchase, claim: Claim, actor: Actor, now: Date): Promise<Recorded | PurchaseResult> {
  const { program, member } = await loadProgramLockingMember(tx, input.businessId, input.memberId ?? null);
  if (input.currency !== program.currency) throw new LoyaltyError("currency_mismatch");
  const occurredAt = input.occurredAt ?? now;
  if (input.memberId && !member) throw new LoyaltyError("member_not_found");
  if (member && member.status !== "ACTIVE") throw new LoyaltyError("member_inactive");
  if (!member && input.pointsToSpend > 0) throw new LoyaltyError("invalid_input", "Only members can pay with points.");

  const pointsPaidMinor = input.pointsToSpend * program.program.pointValueMinor;
  if (pointsPaidMinor > input.amountMinor) {
    throw new LoyaltyError("invalid_input", "Points can pay at most the whole bill.");
  }
  // A concurrent twin waits here until the first commits, then finds its receipt taken.
  const purchase = await tx.one<{ id: string }>`
    INSERT INTO "Purchase" (id, "businessId", "memberId", "amountMinor", currency, "externalId", "occurredAt", "pointsPaidMinor", channel, items, "staffUserId")
    VALUES (${randomUUID()}, ${input.businessId}, ${member?.id ?? null}, ${input.amountMinor}, ${input.currency}, ${input.externalId},
      ${occurredAt}::timestamp(3), ${pointsPaidMinor}, ${input.channel}::"PurchaseChannel", ${input.items ? JSON.stringify(input.items) : null}::jsonb, ${actor.userId ?? null})
    ON CONFLICT ("businessId", "externalId") DO NOTHING
    RETURNING id`;
  if (!purchase) {
    const first = input.idempotencyKey ? await replayOf<Recorded>(tx, claim) : null;
    if (first) return { ...first, replayed: true };
    return replayPurchase(tx, program, member, { ...input, pointsPaidMinor }, (memberId) => nextVisitDiscountBp(tx, program, memberId, now));
  }
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
      activityAt: activityOf(occurredAt, now),
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
  if (earned.points === 0) {
    await tx.run`UPDATE "Member" SET "lastActivityAt" = ${activityOf(occurredAt, now)}::timestamp(3), "updatedAt" = now() WHERE id = ${member.id}`;
  }
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

/** A till clock running ahead must not date activity in the future. */
function activityOf(occurredAt: Date, now: Date): Date {
  return occurredAt > now ? now : occurredAt;
}

/** The progressive visit discount for the member's next purchase in the current period. */
export async function nextVisitDiscountBp(tx: Tx, program: LoadedProgram, memberId: string, now: Date): Promise<number> {
  if (!program.program.visitDiscountEnabled) return 0;
  const from = periodStart(now, program.program.visitDiscountPeriod, program.timeZone);
  const { visits } = (await tx.one<{ visits: number }>`
    SELECT COUNT(*)::int AS visits FROM "Purchase" WHERE "memberId" = ${memberId} AND "occurredAt" >= ${from}::timestamp(3) AND "occurredAt" <= ${now}::timestamp(3)`)!;
  return visitDiscountBp(program.program, visits);
}
