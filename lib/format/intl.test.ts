import { describe, expect, it } from "vitest";
import { dateTimeFormat, numberFormat } from "./intl";

describe("shared Intl formatters", () => {
  it("hands out one formatter per language and options", () => {
    const a = numberFormat("en", { style: "currency", currency: "PHP" });
    expect(numberFormat("en", { style: "currency", currency: "PHP" })).toBe(a);
    expect(numberFormat("ro", { style: "currency", currency: "PHP" })).not.toBe(a);
    expect(numberFormat("en", { style: "currency", currency: "RON" })).not.toBe(a);
    expect(dateTimeFormat("en", { timeZone: "Asia/Manila" })).toBe(dateTimeFormat("en", { timeZone: "Asia/Manila" }));
  });

  it("formats as a new formatter would", () => {
    const at = new Date("2026-03-01T01:30:00Z");
    const options: Intl.DateTimeFormatOptions = { timeZone: "Asia/Manila", day: "numeric", month: "short", year: "numeric" };
    expect(dateTimeFormat("ro", options).format(at)).toBe(new Intl.DateTimeFormat("ro", options).format(at));
    expect(numberFormat("az", { style: "percent" }).format(0.125)).toBe(new Intl.NumberFormat("az", { style: "percent" }).format(0.125));
  });
});
