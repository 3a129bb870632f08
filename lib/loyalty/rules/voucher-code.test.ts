import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatVoucherCode, generateVoucherCode, normalizeVoucherCode, VOUCHER_ALPHABET } from "./voucher-code";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("VOUCHER_ALPHABET", () => {
  it("has 31 distinct symbols without look-alikes", () => {
    expect(new Set(VOUCHER_ALPHABET).size).toBe(31);
    for (const ch of "01OIL") expect(VOUCHER_ALPHABET).not.toContain(ch);
  });

  it("gives at least 58 bits in 12 characters", () => {
    expect(12 * Math.log2(VOUCHER_ALPHABET.length)).toBeGreaterThanOrEqual(58);
  });
});

describe("generateVoucherCode", () => {
  it("makes 12 characters from the alphabet, distinct across many draws", () => {
    const codes = Array.from({ length: 2000 }, () => generateVoucherCode());
    for (const code of codes) expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(generateVoucherCode(20)).toHaveLength(20);
  });

  it("rejects bytes of 248 and above instead of folding them (no modulo bias)", () => {
    const stream = [255, 248, 0, 30, 31, 247, 62, 92, 93, 123, 124, 154, 155, 185];
    let next = 0;
    vi.spyOn(globalThis.crypto, "getRandomValues").mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = array as unknown as Uint8Array;
      for (let i = 0; i < bytes.length; i++) bytes[i] = stream[next++ % stream.length]!;
      return array;
    });
    // 0 → "2", 30 → "Z", 31 → "2", 247 → "Z", 62 → "2", 92 → "Z", …; 255 and 248 are skipped
    expect(generateVoucherCode()).toBe("2Z2Z2Z2Z2Z2Z");
  });

  it("rejects a length that is not a positive integer", () => {
    expect(() => generateVoucherCode(0)).toThrow(RangeError);
    expect(() => generateVoucherCode(2.5)).toThrow(RangeError);
  });
});

describe("formatVoucherCode", () => {
  it.each([
    ["ABCDEFGHJKMN", "ABCD-EFGH-JKMN"],
    ["ABCDE", "ABCD-E"],
    ["", ""],
  ])("%s reads %s", (code, formatted) => {
    expect(formatVoucherCode(code)).toBe(formatted);
  });
});

describe("normalizeVoucherCode", () => {
  it.each([
    ["abcd-efgh-jkmn", "ABCDEFGHJKMN"],
    [" ABCD EFGH JKMN ", "ABCDEFGHJKMN"],
    ["abcdefghjkmn", "ABCDEFGHJKMN"],
    ["ABCD-EFGH-JKM0", null], // zero is not in the alphabet
    ["ABCD-EFGH-JKMO", null], // nor is O: rejected, not guessed at
    ["ABCD-EFGH-JKM1", null],
    ["ABCD-EFGH-JKM", null],
    ["ABCD-EFGH-JKMNP", null],
    ["ABCD_EFGH_JKMN", null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(normalizeVoucherCode(input)).toBe(expected);
  });

  it("round-trips every generated code through its printed form", () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const code = generateVoucherCode();
        expect(normalizeVoucherCode(formatVoucherCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});
