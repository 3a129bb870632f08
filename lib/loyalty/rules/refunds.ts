// DESIGN §4.5: a refund reverses points in proportion to the amount refunded. Working from the
// cumulative refunded amount (not each part alone) makes partial refunds add up to exactly what
// one full refund would reverse, with no rounding drift and never more than was earned.
import { assertNonNegativeInt, mulDiv } from "./int-math";

export function pointsToReverse(input: {
  pointsEarned: number;
  amountMinor: number;
  refundedBeforeMinor: number;
  refundMinor: number;
  reversedBefore: number;
}): number {
  const { pointsEarned, amountMinor, refundedBeforeMinor, refundMinor, reversedBefore } = input;
  assertNonNegativeInt(pointsEarned, "pointsEarned");
  assertNonNegativeInt(refundedBeforeMinor, "refundedBeforeMinor");
  assertNonNegativeInt(reversedBefore, "reversedBefore");
  if (!Number.isSafeInteger(refundMinor) || refundMinor <= 0) {
    throw new RangeError(`refundMinor must be a positive integer, got ${refundMinor}`);
  }
  if (!Number.isSafeInteger(amountMinor) || refundedBeforeMinor + refundMinor > amountMinor) {
    throw new RangeError(`refund of ${refundMinor} after ${refundedBeforeMinor} exceeds the purchase amount ${amountMinor}`);
  }
  const cumulative = Math.min(pointsEarned, mulDiv(pointsEarned, refundedBeforeMinor + refundMinor, amountMinor));
  return Math.max(0, cumulative - reversedBefore);
}
