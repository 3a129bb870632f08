// Products of money and rates can pass 2^53 (10^9 minor units × 10^9 minor units when
// scaling by a cash share), so the multiply-then-divide runs in BigInt and stays exact.
export type Rounding = "DOWN" | "NEAREST" | "UP";

export function assertNonNegativeInt(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/** a × b / c rounded as asked (NEAREST rounds halves up); all operands non-negative integers, c > 0. */
export function mulDiv(a: number, b: number, c: number, rounding: Rounding = "DOWN"): number {
  assertNonNegativeInt(a, "a");
  assertNonNegativeInt(b, "b");
  assertNonNegativeInt(c, "c");
  if (c === 0) throw new RangeError("division by zero");
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  let quotient: bigint;
  if (rounding === "UP") quotient = (product + divisor - 1n) / divisor;
  else if (rounding === "NEAREST") quotient = (2n * product + divisor) / (2n * divisor);
  else quotient = product / divisor;
  // A result a double cannot hold exactly is a configuration error, not something to round.
  if (quotient > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${a} × ${b} / ${c} overflows`);
  return Number(quotient);
}
