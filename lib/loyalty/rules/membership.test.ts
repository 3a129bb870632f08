import { describe, expect, it } from "vitest";
import { cashbackMinor, membershipPaysForItself } from "./membership";

describe("cashbackMinor", () => {
  it.each([
    ["2% of ₱123,456.78, uncapped", 12_345_678, 200, 0, 246_913],
    ["2% capped at ₱2,000", 12_345_678, 200, 200_000, 200_000],
    ["under the cap", 5_000_000, 200, 200_000, 100_000],
    ["refunds above purchases", -50_000, 200, 0, 0],
    ["no cashback rate", 5_000_000, 0, 0, 0],
  ])("%s", (_, netSpendMinor, cashbackBp, capMinor, expected) => {
    expect(cashbackMinor({ netSpendMinor, cashbackBp, capMinor })).toBe(expected);
  });
});

describe("membershipPaysForItself", () => {
  it.each([
    ["cashback short of the fee", { feeMinor: 50_000, cashbackMinor: 42_000 }, { valueMinor: 42_000, net: -8_000, paysForItself: false }],
    ["perks tip it over", { feeMinor: 50_000, cashbackMinor: 42_000, perksValueMinor: 10_000 }, { valueMinor: 52_000, net: 2_000, paysForItself: true }],
    ["breaking even counts", { feeMinor: 50_000, cashbackMinor: 50_000 }, { valueMinor: 50_000, net: 0, paysForItself: true }],
  ])("%s", (_, input, expected) => {
    expect(membershipPaysForItself(input)).toEqual(expected);
  });
});
