import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pointsToReverse } from "./refunds";

/** Reverses a purchase in the given refund parts, as the engine would, returning each reversal. */
function refundInParts(pointsEarned: number, amountMinor: number, parts: number[]): number[] {
  let refundedBeforeMinor = 0;
  let reversedBefore = 0;
  return parts.map((refundMinor) => {
    const points = pointsToReverse({ pointsEarned, amountMinor, refundedBeforeMinor, refundMinor, reversedBefore });
    refundedBeforeMinor += refundMinor;
    reversedBefore += points;
    return points;
  });
}

describe("pointsToReverse", () => {
  it.each([
    ["one full refund", 57, 10000, [10000], [57]],
    ["two halves: 28 then 29", 57, 10000, [5000, 5000], [28, 29]],
    ["three near-thirds: 33, 33, 34", 100, 10000, [3333, 3333, 3334], [33, 33, 34]],
    ["a tiny part reverses nothing yet, the rest catches up", 10, 10000, [1, 9999], [0, 10]],
    ["a partial refund only", 57, 10000, [2500], [14]],
    ["nothing earned", 0, 10000, [4000, 6000], [0, 0]],
  ])("%s", (_, earned, amount, parts, expected) => {
    expect(refundInParts(earned, amount, parts)).toEqual(expected);
  });

  it("never goes negative when more was already reversed", () => {
    // cumulative floor(10 × 60 / 100) = 6, but 9 were already reversed
    expect(pointsToReverse({ pointsEarned: 10, amountMinor: 100, refundedBeforeMinor: 50, refundMinor: 10, reversedBefore: 9 })).toBe(0);
  });

  it.each([
    ["a zero refund", { refundedBeforeMinor: 0, refundMinor: 0 }],
    ["a negative refund", { refundedBeforeMinor: 0, refundMinor: -5 }],
    ["refunding more than the bill", { refundedBeforeMinor: 0, refundMinor: 10001 }],
    ["refunding past what is left", { refundedBeforeMinor: 6000, refundMinor: 4001 }],
  ])("rejects %s", (_, input) => {
    expect(() => pointsToReverse({ pointsEarned: 57, amountMinor: 10000, reversedBefore: 0, ...input })).toThrow(RangeError);
  });

  it("reverses exactly the points earned over any refunds summing to the bill, tracking the proportion", () => {
    const purchase = fc.integer({ min: 1, max: 1e9 }).chain((amount) =>
      fc.record({
        amount: fc.constant(amount),
        earned: fc.nat(1e7),
        cuts: fc.uniqueArray(fc.integer({ min: 1, max: amount }), { maxLength: 12 }),
      }),
    );
    fc.assert(
      fc.property(purchase, ({ amount, earned, cuts }) => {
        const bounds = [0, ...cuts.filter((c) => c < amount).sort((a, b) => a - b), amount];
        const parts = bounds.slice(1).map((b, i) => b - bounds[i]!);
        const reversals = refundInParts(earned, amount, parts);
        expect(reversals.reduce((a, b) => a + b, 0)).toBe(earned);
        let reversed = 0;
        reversals.forEach((points, i) => {
          expect(points).toBeGreaterThanOrEqual(0);
          reversed += points;
          expect(reversed).toBe(Number((BigInt(earned) * BigInt(bounds[i + 1]!)) / BigInt(amount)));
        });
      }),
    );
  });
});
