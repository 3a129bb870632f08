import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KAPE_SETTINGS } from "@/test/program-settings-sample";
import { programSettingsSchema } from "./program-schemas";
import { formatScaled, fromDraft, parseMoney, parseMultiplier, parsePercent, parseScaled, toDraft } from "./program-settings-form";

describe("typed numbers", () => {
  it.each([
    ["10", 2, 1_000],
    ["10.5", 2, 1_050],
    ["10,05", 2, 1_005],
    ["0.35", 2, 35],
    [" 1 250 ", 2, 125_000],
    ["450", 0, 450],
    ["1.234", 3, 1_234],
  ])("reads %j with %i decimals as %i", (text, digits, expected) => {
    expect(parseScaled(text, digits)).toBe(expected);
  });

  it.each([["", 2], ["abc", 2], ["1.234", 2], ["-5", 2], ["1e3", 2], ["1.5", 0], ["1,2,3", 2]])("refuses %j (%i decimals)", (text, digits) => {
    expect(parseScaled(text, digits)).toBeNaN();
  });

  it("writes back exactly what it reads", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }), (value, digits) => {
        expect(parseScaled(formatScaled(value, digits), digits)).toBe(value);
      }),
    );
  });

  it("knows the units", () => {
    expect(parseMoney("10", "PHP")).toBe(1_000);
    expect(parseMoney("1000", "JPY")).toBe(1_000);
    expect(parsePercent("12.5")).toBe(1_250);
    expect(parseMultiplier("1.25")).toBe(12_500);
  });
});

describe("the program draft", () => {
  it("round-trips the stored settings, in major units for the owner", () => {
    const draft = toDraft(KAPE_SETTINGS, "PHP");
    expect(draft.rules).toMatchObject({ earnPerMinor: "10", pointValueMinor: "0.35", visitDiscountBaseBp: "5", qualifyingCategories: "coffee, pastry" });
    expect(draft.tiers[1]).toMatchObject({ threshold: "5000", multiplierBp: "1.25" });
    expect(draft.promotions[1]).toMatchObject({ startMinute: "22:00", endMinute: "00:00", minSpendMinor: "50" });
    expect(fromDraft(draft, "PHP")).toEqual(KAPE_SETTINGS);
    expect(programSettingsSchema.parse(fromDraft(draft, "PHP"))).toEqual(KAPE_SETTINGS);
  });

  it("reads points thresholds as points when tiers go by points", () => {
    const byPoints = { ...KAPE_SETTINGS, rules: { ...KAPE_SETTINGS.rules, tierBasis: "POINTS" as const } };
    expect(toDraft(byPoints, "PHP").tiers[1]!.threshold).toBe("500000");
  });

  it("turns what is not a number into the field's own message", () => {
    const draft = toDraft(KAPE_SETTINGS, "PHP");
    draft.rules.earnPerMinor = "ten";
    draft.tiers[1]!.multiplierBp = "1.2.5";
    draft.promotions[0]!.endMinute = "";
    const result = programSettingsSchema.safeParse(fromDraft(draft, "PHP"));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "rules.earnPerMinor: Enter the amount that earns the points.",
        "tiers.1.multiplierBp: The multiplier must be a number like 1.5.",
        "promotions.0.endMinute: Give both a start and an end time, or neither.",
      ]),
    );
  });
});
