import { describe, expect, it } from "vitest";
import { formatMoney, formatPoints, minorUnitDigits } from "./money";

describe("formatMoney", () => {
  it.each([
    [45000, "PHP", "en", "₱450.00"],
    [1999, "RON", "ro", "19,99\u00a0RON"],
    [500, "JPY", "en", "¥500"],
    [-250, "EUR", "en", "-€2.50"],
  ])("%i minor units of %s in %s reads %s", (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  it("knows each currency's minor unit", () => {
    expect(minorUnitDigits("PHP")).toBe(2);
    expect(minorUnitDigits("JPY")).toBe(0);
    expect(minorUnitDigits("KWD")).toBe(3);
  });
});

describe("formatPoints", () => {
  it("groups thousands by locale", () => {
    expect(formatPoints(12345, "en")).toBe("12,345");
    expect(formatPoints(12345, "ro")).toBe("12.345");
  });
});
