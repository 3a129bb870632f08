import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePurchasePoints } from "@/lib/loyalty/rules/earn";
import { previewPurchase } from "./program-settings-preview";
import { KAPE_SETTINGS } from "@/test/program-settings-sample";

const MANILA = "Asia/Manila";
const TUESDAY_1630 = new Date("2025-06-03T08:30:00Z");
const TUESDAY_1030 = new Date("2025-06-03T02:30:00Z");

describe("the live preview", () => {
  it("reads like the counter: a ₱450 purchase by a Silver Suki member earns 56 points", () => {
    const preview = previewPurchase({ settings: KAPE_SETTINGS, amountMinor: 45_000, tierIndex: 1, at: TUESDAY_1030, timeZone: MANILA });
    expect(preview).toMatchObject({ ok: true, points: 56, basePoints: 45, tierMultiplierBp: 12_500, promotions: [], valueMinor: 56 * 35 });
    if (!preview.ok) throw new Error("unreachable");
    expect(preview.stamps).toEqual([{ name: "Coffee card", stamps: 1, required: 10 }]);
    expect([preview.firstVisitDiscountBp, preview.capDiscountBp]).toEqual([500, 1_500]);
  });

  it("adds the promotions running at the chosen local time, inactive ones never", () => {
    const preview = previewPurchase({ settings: KAPE_SETTINGS, amountMinor: 45_000, tierIndex: 1, at: TUESDAY_1630, timeZone: MANILA });
    expect(preview).toMatchObject({ ok: true, points: 112, promotions: ["Happy hour"] });
  });

  it("changes as the owner edits the rate or the minimum", () => {
    const doubled = { ...KAPE_SETTINGS, rules: { ...KAPE_SETTINGS.rules, earnPoints: 2 } };
    expect(previewPurchase({ settings: doubled, amountMinor: 45_000, tierIndex: 1, at: TUESDAY_1030, timeZone: MANILA })).toMatchObject({ points: 112 });
    const minimum = { ...KAPE_SETTINGS, rules: { ...KAPE_SETTINGS.rules, minSpendMinor: 50_000 } };
    expect(previewPurchase({ settings: minimum, amountMinor: 45_000, tierIndex: 1, at: TUESDAY_1030, timeZone: MANILA })).toMatchObject({ points: 0, belowMinimum: true });
  });

  it("waits for a usable rate instead of failing", () => {
    const broken = { ...KAPE_SETTINGS, rules: { ...KAPE_SETTINGS.rules, earnPerMinor: Number.NaN } };
    expect(previewPurchase({ settings: broken, amountMinor: 45_000, tierIndex: null, at: TUESDAY_1030, timeZone: MANILA })).toEqual({ ok: false });
  });

  it("always agrees with the engine's own rule", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom("DOWN" as const, "NEAREST" as const, "UP" as const),
        fc.integer({ min: 0, max: 2 }),
        fc.date({ min: new Date("2025-01-01"), max: new Date("2026-01-01"), noInvalidDate: true }),
        (amountMinor, earnPoints, earnPerMinor, rounding, tierIndex, at) => {
          const rules = { ...KAPE_SETTINGS.rules, earnPoints, earnPerMinor, rounding };
          const settings = { ...KAPE_SETTINGS, rules };
          const preview = previewPurchase({ settings, amountMinor, tierIndex, at, timeZone: MANILA });
          const engine = computePurchasePoints({
            program: rules,
            tierMultiplierBp: KAPE_SETTINGS.tiers[tierIndex]!.multiplierBp,
            promotions: KAPE_SETTINGS.promotions.map((promotion) => ({
              ...promotion,
              id: promotion.id!,
              startsAt: promotion.startDate ? new Date("2029-12-31T16:00:00Z") : null,
              endsAt: promotion.endDate ? new Date("2030-01-31T16:00:00Z") : null,
            })),
            amountMinor,
            pointsPaidMinor: 0,
            occurredAt: at,
            timeZone: MANILA,
          });
          expect(preview).toMatchObject({ ok: true, points: engine.points });
        },
      ),
    );
  });
});
