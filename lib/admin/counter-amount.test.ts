import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmountToMinor } from "./counter-amount";

describe("amounts typed at the counter", () => {
  it.each([
    ["450", 45_000],
    ["450.5", 45_050],
    ["450.50", 45_050],
    [" 450.50 ", 45_050],
    ["0.01", 1],
    ["007", 700],
    ["1,250", 125_000],
    ["1,250.75", 125_075],
    ["1,234,567.89", 123_456_789],
    ["12,50", 1_250],
    ["12,5", 1_250],
  ])("PHP %j is %i centavos", (text, minor) => {
    expect(parseAmountToMinor(text, "PHP")).toEqual({ ok: true, minor });
  });

  it.each([
    ["4,50.0", "format"],
    ["-1", "format"],
    ["1e3", "format"],
    ["+5", "format"],
    ["450.", "format"],
    [".5", "format"],
    ["1.2.3", "format"],
    ["12,34,56", "format"],
    ["NaN", "format"],
    ["Infinity", "format"],
    ["0x10", "format"],
    ["1 000", "format"],
    ["450.505", "decimals"],
    ["", "empty"],
    ["   ", "empty"],
    ["0", "zero"],
    ["0.00", "zero"],
    ["10000000.01", "too_large"],
    ["12,345,678.90", "too_large"],
    ["99999999999999999999", "too_large"],
  ])("PHP %j is refused (%s)", (text, reason) => {
    expect(parseAmountToMinor(text, "PHP")).toEqual({ ok: false, reason });
  });

  it("follows the currency's decimals", () => {
    expect(parseAmountToMinor("450", "JPY")).toEqual({ ok: true, minor: 450 });
    expect(parseAmountToMinor("450.5", "JPY")).toEqual({ ok: false, reason: "decimals" });
    expect(parseAmountToMinor("1.234", "KWD")).toEqual({ ok: true, minor: 1_234 });
    expect(parseAmountToMinor("1,234", "KWD")).toEqual({ ok: false, reason: "format" });
    expect(parseAmountToMinor("12,50", "RON")).toEqual({ ok: true, minor: 1_250 });
  });

  it("reads every well-formed amount exactly, with no float drift", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (minor) => {
        const text = `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
        expect(parseAmountToMinor(text, "PHP")).toEqual({ ok: true, minor });
      }),
    );
  });
});
