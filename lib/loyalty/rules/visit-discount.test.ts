import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basisPointsToPercent, visitDiscountBp } from "./visit-discount";

// "5% + 1% per visit this month, capped at 15%"
const program = { visitDiscountEnabled: true, visitDiscountBaseBp: 500, visitDiscountStepBp: 100, visitDiscountCapBp: 1500 };

describe("visitDiscountBp", () => {
  it.each([
    [0, 500],
    [1, 600],
    [9, 1400],
    [10, 1500],
    [11, 1500],
    [100, 1500],
    [-3, 500],
  ])("after %i visits this period: %i bp", (visitsBefore, expected) => {
    expect(visitDiscountBp(program, visitsBefore)).toBe(expected);
  });

  it("is 0 when the program has it off", () => {
    expect(visitDiscountBp({ ...program, visitDiscountEnabled: false }, 5)).toBe(0);
  });

  it("stays within [0, cap]", () => {
    fc.assert(
      fc.property(fc.nat(10000), fc.nat(10000), fc.nat(10000), fc.integer({ min: -10, max: 1e6 }), (base, step, cap, visits) => {
        const bp = visitDiscountBp({ visitDiscountEnabled: true, visitDiscountBaseBp: base, visitDiscountStepBp: step, visitDiscountCapBp: cap }, visits);
        expect(bp).toBeGreaterThanOrEqual(0);
        expect(bp).toBeLessThanOrEqual(cap);
        expect(Number.isInteger(bp)).toBe(true);
      }),
    );
  });
});

describe("basisPointsToPercent", () => {
  it.each([
    [500, 5],
    [1250, 12.5],
    [0, 0],
    [10000, 100],
  ])("%i bp is %d%", (bp, percent) => {
    expect(basisPointsToPercent(bp)).toBe(percent);
  });
});
