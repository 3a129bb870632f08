// Purchases and refunds rung up at the counter, through the loyalty engine. The form's
// submission id becomes the idempotency key (and, without a receipt id, the receipt id), so a
// double tap or a retried request records one sale and one refund, never two.
import "server-only";
import { UserError } from "@/lib/actions/user-error";
import { db } from "@/lib/db/client";
import { formatMoney, minorUnitDigits } from "@/lib/format/money";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { refundPurchase } from "@/lib/loyalty/refunds";
import { periodStart } from "@/lib/loyalty/rules/local-time";
import { basisPointsToPercent, visitDiscountBp } from "@/lib/loyalty/rules/visit-discount";
import { parseAmountToMinor, type AmountParse } from "./counter-amount";

export type CounterPurchaseResult = {
  purchaseId: string;
  receiptId: string;
  amountMinor: number;
  pointsEarned: number;
  balance: number;
  tierName: string | null;
  stampsAdded: number;
  vouchersIssued: { code: string; rewardName: string | null; expiresAt: string }[];
  /** The discount this visit earned the member (the one shown before ringing it up) */
  visitDiscountPercent: number;
  nextVisitDiscountPercent: number;
  /** The same receipt or submission was already recorded; nothing new was added */
  replayed: boolean;
};

export type CounterRefundResult = {
  refundId: string;
  receiptId: string;
  refundedMinor: number;
  pointsReversed: number;
  balance: number | null;
  replayed: boolean;
};

type Common = { businessId: string; memberId: string; submissionId: string; staffUserId: string };

export async function recordCounterPurchase(
  input: Common & { amount: string; receiptId?: string | null },
  now = new Date(),
): Promise<CounterPurchaseResult> {
  const business = await getBusinessOrThrow(input.businessId);
  const amountMinor = amountOrThrow(parseAmountToMinor(input.amount, business.currency), business.currency);
  // Without a receipt id the submission names the sale, so a retry hits the same receipt.
  const receiptId = input.receiptId?.trim() || counterReceiptId(input.submissionId);
  try {
    const result = await recordPurchase(
      {
        businessId: input.businessId,
        memberId: input.memberId,
        amountMinor,
        currency: business.currency,
        externalId: receiptId,
        channel: "COUNTER",
        idempotencyKey: `counter/purchase/${input.submissionId}`,
      },
      { userId: input.staffUserId },
      now,
    );
    return {
      purchaseId: result.purchaseId,
      receiptId,
      amountMinor,
      pointsEarned: result.pointsEarned,
      balance: result.balance ?? 0,
      tierName: result.tier?.name ?? null,
      stampsAdded: result.stampsAdded,
      vouchersIssued: result.vouchersIssued.map(({ code, rewardName, expiresAt }) => ({ code, rewardName, expiresAt })),
      visitDiscountPercent: basisPointsToPercent(await visitDiscountOnPurchaseBp(input.businessId, result.purchaseId)),
      nextVisitDiscountPercent: result.visitDiscountPercent,
      replayed: result.replayed,
    };
  } catch (error) {
    if (error instanceof LoyaltyError) {
      if (error.code === "duplicate_purchase") throw new UserError(`Receipt ${receiptId} is already recorded for another sale.`);
      if (error.code === "idempotency_conflict") throw new UserError("This sale was already recorded. Look the member up again to see it.");
      if (error.code === "member_not_found") throw new UserError("No such member at this business.");
    }
    throw error;
  }
}

export async function refundCounterPurchase(
  input: Common & { purchaseId?: string | null; receiptId?: string | null; amount?: string | null },
): Promise<CounterRefundResult> {
  const business = await getBusinessOrThrow(input.businessId);
  // Only the member on screen: a refund is rung up against the person standing at the till.
  const purchase = await db.purchase.findFirst({
    where: {
      businessId: input.businessId,
      memberId: input.memberId,
      ...(input.purchaseId ? { id: input.purchaseId } : { externalId: input.receiptId?.trim() ?? "" }),
    },
    select: { id: true, externalId: true, amountMinor: true, refundedMinor: true },
  });
  if (!purchase) throw new UserError("No purchase with this receipt id for this member.");
  const left = purchase.amountMinor - purchase.refundedMinor;
  const amountText = input.amount?.trim() ?? "";
  const amountMinor = amountText === "" ? undefined : amountOrThrow(parseAmountToMinor(amountText, business.currency), business.currency);
  try {
    const refund = await refundPurchase(
      { businessId: input.businessId, purchaseId: purchase.id, amountMinor, idempotencyKey: `counter/refund/${input.submissionId}` },
      { userId: input.staffUserId },
    );
    return {
      refundId: refund.refundId,
      receiptId: purchase.externalId,
      refundedMinor: refund.refundedMinor,
      pointsReversed: refund.pointsReversed,
      balance: refund.balance,
      replayed: refund.replayed,
    };
  } catch (error) {
    if (error instanceof LoyaltyError) {
      if (error.code === "refund_exceeds_purchase") {
        throw new UserError(
          left > 0
            ? `At most ${formatMoney(left, business.currency, business.locale)} of this purchase can still be refunded.`
            : "This purchase is already fully refunded.",
        );
      }
      if (error.code === "idempotency_conflict") throw new UserError("This refund was already recorded. Look the member up again to see it.");
      if (error.code === "purchase_not_found") throw new UserError("No purchase with this receipt id for this member.");
    }
    throw error;
  }
}

/**
 * "C-" and the submission id's first 16 hex digits (60 random bits): short enough to read
 * out at the till, and a collision stays out of reach for any shop's lifetime of sales.
 */
export function counterReceiptId(submissionId: string): string {
  return `C-${submissionId.replace(/-/g, "").slice(0, 16).toUpperCase()}`;
}

async function getBusinessOrThrow(businessId: string) {
  const business = await db.business.findUnique({ where: { id: businessId }, select: { currency: true, locale: true } });
  if (!business) throw new UserError("No such business.");
  return business;
}

const AMOUNT_MESSAGES: Record<Exclude<AmountParse, { ok: true }>["reason"], (currency: string) => string> = {
  empty: () => "Type the amount of the purchase.",
  format: () => "Type the amount as digits, like 450 or 450.50.",
  decimals: (currency) => {
    const digits = minorUnitDigits(currency);
    return digits === 0 ? `${currency} amounts have no decimals.` : `${currency} amounts have at most ${digits} decimals.`;
  },
  zero: () => "The amount must be more than zero.",
  too_large: () => "That amount is too large for one purchase.",
};

function amountOrThrow(parsed: AmountParse, currency: string): number {
  if (parsed.ok) return parsed.minor;
  throw new UserError(AMOUNT_MESSAGES[parsed.reason](currency));
}

/**
 * The progressive discount the member had for this purchase: their visits earlier in the
 * same period, not counting this one (so a replayed submission shows the same figure).
 */
async function visitDiscountOnPurchaseBp(businessId: string, purchaseId: string): Promise<number> {
  const purchase = await db.purchase.findFirst({
    where: { id: purchaseId, businessId },
    select: { memberId: true, occurredAt: true, business: { select: { timeZone: true, program: true } } },
  });
  const program = purchase?.business.program;
  if (!purchase?.memberId || !program?.visitDiscountEnabled) return 0;
  const from = periodStart(purchase.occurredAt, program.visitDiscountPeriod, purchase.business.timeZone);
  const visits = await db.purchase.count({
    where: { businessId, memberId: purchase.memberId, id: { not: purchaseId }, occurredAt: { gte: from, lte: purchase.occurredAt } },
  });
  return visitDiscountBp(program, visits);
}
