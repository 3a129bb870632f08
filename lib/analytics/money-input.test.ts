import { describe, expect, it } from "vitest";
import { moneyInputValue, parseMoneyInput } from "./money-input";

describe("parseMoneyInput", () => {
  it.each([
    ["0.35", "PHP", 35],
    ["0,35", "RON", 35],
    ["5000", "PHP", 500_000],
    ["5,000.50", "PHP", 500_050],
    ["5.000,50", "RON", 500_050],
    ["5 000,5", "RON", 500_050],
    ["1,000", "PHP", 100_000],
    ["12.", "PHP", 1_200],
    ["1,000", "JPY", 1_000],
    // Three digits after the only separator read as thousands, as in Romanian "1.234".
    ["1.234", "PHP", 123_400],
    ["0", "PHP", 0],
  ])("%s %s → %i minor units", (text, currency, minor) => {
    expect(parseMoneyInput(text, currency)).toBe(minor);
  });

  it.each([["", "PHP"], ["-5", "PHP"], ["abc", "PHP"], ["5.5", "JPY"], ["1,00,0", "PHP"], [",5", "PHP"], ["1e3", "PHP"]])(
    "refuses %j in %s",
    (text, currency) => {
      expect(parseMoneyInput(text, currency)).toBeNull();
    },
  );

  it("round-trips the editable value", () => {
    for (const minor of [0, 5, 35, 100, 123_456]) expect(parseMoneyInput(moneyInputValue(minor, "PHP"), "PHP")).toBe(minor);
    expect(moneyInputValue(500_050, "PHP")).toBe("5000.50");
    expect(moneyInputValue(1_000, "JPY")).toBe("1000");
  });
});
