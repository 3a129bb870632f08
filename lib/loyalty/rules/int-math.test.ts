import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mulDiv } from "./int-math";

describe("mulDiv", () => {
  it.each([
    [1050, 1, 1000, "DOWN", 1],
    [1050, 1, 1000, "UP", 2],
    [1050, 1, 1000, "NEAREST", 1],
    [1500, 1, 1000, "NEAREST", 2],
    [2000, 1, 1000, "UP", 2],
  ] as const)("%i × %i / %i rounded %s is %i", (a, b, c, rounding, expected) => {
    expect(mulDiv(a, b, c, rounding)).toBe(expected);
  });

  it("stays exact where the product passes 2^53", () => {
    // 999,999,999 × 999,999,937 = 999999936000000063; a double would lose the last digits.
    expect(mulDiv(999_999_999, 999_999_937, 1_000_000_000)).toBe(999_999_936);
    expect(mulDiv(999_999_999, 999_999_937, 1_000_000_000, "UP")).toBe(999_999_937);
  });

  it("rejects negatives, fractions and division by zero", () => {
    expect(() => mulDiv(-1, 1, 1)).toThrow(RangeError);
    expect(() => mulDiv(1.5, 1, 1)).toThrow(RangeError);
    expect(() => mulDiv(1, 1, 0)).toThrow(RangeError);
    expect(() => mulDiv(1e9, 1e9, 1)).toThrow(RangeError);
  });

  it("brackets the exact quotient: DOWN ≤ NEAREST ≤ UP ≤ DOWN + 1", () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), fc.integer({ min: 1e5, max: 1e9 }), (a, b, c) => {
        const down = mulDiv(a, b, c, "DOWN");
        const nearest = mulDiv(a, b, c, "NEAREST");
        const up = mulDiv(a, b, c, "UP");
        expect(down <= nearest && nearest <= up && up <= down + 1).toBe(true);
        expect(BigInt(down) * BigInt(c) <= BigInt(a) * BigInt(b)).toBe(true);
      }),
    );
  });
});
