// The program page's live preview: what one purchase would earn under the settings being
// edited, computed by the engine's own pure rules (lib/loyalty/rules), so the sentence the
// owner reads is the number the counter will post.
import { computePurchasePoints, type EarnPromotion } from "@/lib/loyalty/rules/earn";
import { cashbackMinor } from "@/lib/loyalty/rules/membership";
import { stampsForPurchase } from "@/lib/loyalty/rules/punch-cards";
import { visitDiscountBp } from "@/lib/loyalty/rules/visit-discount";
import type { ProgramSettings } from "./program-schemas";
import { localDayEnd, localDayStart } from "./program-settings-dates";

export type PurchasePreview =
  | { ok: false }
  | {
      ok: true;
      points: number;
      basePoints: number;
      tierMultiplierBp: number;
      belowMinimum: boolean;
      promotions: string[];
      /** What the points are worth to the member at the program's point value */
      valueMinor: number;
      stamps: { name: string; stamps: number; required: number }[];
      firstVisitDiscountBp: number;
      capDiscountBp: number;
      cashbackMinor: number | null;
    };

const isWhole = (value: number) => Number.isSafeInteger(value) && value >= 0;

export function previewPurchase(input: {
  settings: ProgramSettings;
  amountMinor: number;
  /** Index into settings.tiers, or null for a member without a tier */
  tierIndex: number | null;
  at: Date;
  timeZone: string;
}): PurchasePreview {
  const { settings, amountMinor, at, timeZone } = input;
  const { rules } = settings;
  const tier = input.tierIndex === null ? null : (settings.tiers[input.tierIndex] ?? null);
  const tierMultiplierBp = tier?.multiplierBp ?? 10_000;
  if (
    !isWhole(amountMinor) ||
    !isWhole(rules.earnPoints) ||
    !isWhole(rules.earnPerMinor) ||
    rules.earnPerMinor === 0 ||
    !isWhole(rules.minSpendMinor) ||
    !isWhole(tierMultiplierBp)
  ) {
    return { ok: false };
  }
  // Promotions with a value that does not parse yet are left out rather than breaking the sum.
  const promotions: EarnPromotion[] = settings.promotions
    .filter((p) => isWhole(p.multiplierBp) && isWhole(p.bonusPoints) && isWhole(p.minSpendMinor))
    .filter((p) => (p.startMinute === null || isWhole(p.startMinute)) && (p.endMinute === null || isWhole(p.endMinute)))
    .map((p, index) => ({
      ...p,
      id: p.id ?? `draft-${index}`,
      startsAt: p.startDate ? localDayStart(p.startDate, timeZone) : null,
      endsAt: p.endDate ? localDayEnd(p.endDate, timeZone) : null,
    }));
  const result = computePurchasePoints({
    program: rules,
    tierMultiplierBp,
    promotions,
    amountMinor,
    pointsPaidMinor: 0,
    occurredAt: at,
    timeZone,
  });
  const visitDiscount = {
    ...rules,
    visitDiscountBaseBp: isWhole(rules.visitDiscountBaseBp) ? rules.visitDiscountBaseBp : 0,
    visitDiscountStepBp: isWhole(rules.visitDiscountStepBp) ? rules.visitDiscountStepBp : 0,
    visitDiscountCapBp: isWhole(rules.visitDiscountCapBp) ? rules.visitDiscountCapBp : 0,
  };
  return {
    ok: true,
    points: result.points,
    basePoints: result.basePoints,
    tierMultiplierBp,
    belowMinimum: amountMinor > 0 && amountMinor < rules.minSpendMinor,
    promotions: result.appliedPromotions.map((promotion) => promotion.name),
    valueMinor: isWhole(rules.pointValueMinor) ? result.points * rules.pointValueMinor : 0,
    stamps: settings.punchCards
      .filter((card) => card.active && isWhole(card.stampsRequired) && card.stampsRequired > 0 && isWhole(card.stampMinorUnit))
      .map((card) => ({ name: card.name, stamps: stampsForPurchase(card, { amountMinor }), required: card.stampsRequired })),
    firstVisitDiscountBp: visitDiscountBp(visitDiscount, 0),
    // The cap is reached after enough visits; 1,000 visits stands in for "as many as it takes".
    capDiscountBp: visitDiscountBp(visitDiscount, 1_000),
    cashbackMinor:
      rules.membershipEnabled && isWhole(rules.membershipCashbackBp) && isWhole(rules.membershipCapMinor)
        ? cashbackMinor({ netSpendMinor: amountMinor, cashbackBp: rules.membershipCashbackBp, capMinor: rules.membershipCapMinor })
        : null,
  };
}
