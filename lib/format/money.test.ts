import { describe, expect, it } from "vitest";
import { formatMoney, formatPoints, minorUnitDigits } from "./money";
import { formatPercentBp } from "./numbers";

describe("formatMoney", () => {
  it.each([
    [45000, "PHP", "en", "₱450.00"],
    [45000, "PHP", "fil", "₱450.00"],
    [45000, "RON", "ro", "450,00\u00a0lei"],
    [45000, "AZN", "az", "450,00\u00a0₼"],
    [1999, "RON", "en", "lei\u00a019.99"],
    [123456, "EUR", "ro", "1.234,56\u00a0€"],
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
    expect(formatPoints(12345, "fil")).toBe("12,345");
    expect(formatPoints(12345, "ro")).toBe("12.345");
    expect(formatPoints(12345, "az")).toBe("12.345");
  });
});

describe("formatPercentBp", () => {
  it.each([
    [1200, "en", "12%"],
    [1250, "ro", "12,5\u00a0%"],
    [500, "az", "5%"],
    [1500, "fil", "15%"],
  ])("%i basis points in %s reads %s", (bp, locale, expected) => {
    expect(formatPercentBp(bp, locale)).toBe(expected);
  });
});
