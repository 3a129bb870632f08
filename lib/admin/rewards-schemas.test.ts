import { describe, expect, it } from "vitest";
import { createRewardSchema, formatScaled, parseScaled } from "./rewards-schemas";

describe("typed amounts", () => {
  it.each([
    ["12.50", 2, 1250],
    ["12,5", 2, 1250],
    ["12", 2, 1200],
    ["0.05", 2, 5],
    [" 7 ", 0, 7],
    ["15", 2, 1500],
  ])("%s with %i digits is %i", (text, digits, expected) => {
    expect(parseScaled(text, digits)).toBe(expected);
  });

  it.each(["", "-1", "1.234", "1e3", "abc", "1.2.3"])("refuses %j", (text) => {
    expect(parseScaled(text, 2)).toBeNull();
  });

  it("formats back for the form", () => {
    expect([formatScaled(1250, 2), formatScaled(1200, 2), formatScaled(5, 2), formatScaled(7, 0)]).toEqual(["12.5", "12", "0.05", "7"]);
  });
});

describe("createRewardSchema", () => {
  const base = { slug: "s", kind: "FREE_ITEM" as const, name: "Cookie", pointsCost: 10, costMinor: 0, voucherDays: 30 };
  it("fills defaults and clears discount fields on other kinds", () => {
    const parsed = createRewardSchema.parse({ ...base, discountBp: 500 });
    expect(parsed).toMatchObject({ description: "", stock: null, perMemberLimit: null, minTierId: null, discountBp: null, activeFrom: "", removeImage: false });
  });
  it("keeps a discount's own value", () => {
    expect(createRewardSchema.parse({ ...base, kind: "DISCOUNT", discountBp: 1500 }).discountBp).toBe(1500);
  });
  it("refuses non-integers and NaN from unparseable input", () => {
    expect(createRewardSchema.safeParse({ ...base, pointsCost: 1.5 }).success).toBe(false);
    expect(createRewardSchema.safeParse({ ...base, costMinor: Number.NaN }).success).toBe(false);
  });
});
