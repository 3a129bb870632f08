// Points for a purchase. Earning is on the cash part only (a bill partly paid with points earns
// on the rest), limited to qualifying categories when the program names some, then multiplied
// by the member's tier and any promotions running at the purchase's local time.
import { localParts } from "./local-time";
import { mulDiv, type Rounding } from "./int-math";

export type EarnProgram = {
  earnPoints: number;
  earnPerMinor: number;
  rounding: Rounding;
  minSpendMinor: number;
  qualifyingCategories: string[];
};

export type EarnPromotion = {
  id: string;
  name: string;
  multiplierBp: number;
  bonusPoints: number;
  daysOfWeek: number[];
  startMinute: number | null;
  endMinute: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  category: string | null;
  minSpendMinor: number;
  active: boolean;
};

export type PurchaseItem = { sku?: string; name?: string; category?: string; quantity: number; unitMinor: number };

const BP = 10_000;
const MINUTES_PER_DAY = 1440;

function cashMinor(amountMinor: number, pointsPaidMinor: number): number {
  return Math.max(0, amountMinor - Math.max(0, pointsPaidMinor));
}

function itemsTotal(items: PurchaseItem[], include: (category: string | undefined) => boolean): number {
  let total = 0;
  for (const item of items) {
    if (include(item.category)) total += Math.max(0, item.quantity) * Math.max(0, item.unitMinor);
  }
  return total;
}

/** Scales an item subtotal by the share of the bill paid in cash, never above the cash paid. */
function cashShare(subtotal: number, amountMinor: number, pointsPaidMinor: number): number {
  const cash = cashMinor(amountMinor, pointsPaidMinor);
  if (amountMinor <= 0 || subtotal <= 0) return 0;
  return Math.min(cash, mulDiv(Math.floor(subtotal), cash, amountMinor));
}

export function qualifyingAmountMinor(input: {
  amountMinor: number;
  pointsPaidMinor: number;
  items?: PurchaseItem[];
  qualifyingCategories: string[];
}): number {
  const { amountMinor, pointsPaidMinor, items, qualifyingCategories } = input;
  if (qualifyingCategories.length === 0 || !items || items.length === 0) {
    return cashMinor(amountMinor, pointsPaidMinor);
  }
  const subtotal = itemsTotal(items, (c) => c !== undefined && qualifyingCategories.includes(c));
  return cashShare(subtotal, amountMinor, pointsPaidMinor);
}

/**
 * Hours are local to the business and half-open: 16:00–18:00 includes 16:00, excludes 18:00.
 * A window ending before it starts runs past midnight (22:00–02:00); its small hours belong to
 * the previous day's weekday, so "Fridays 22:00–02:00" still applies at 01:00 on Saturday.
 * Minimum spend is compared with the amount passed in (the cash part, from computePurchasePoints).
 */
export function promotionApplies(promotion: EarnPromotion, at: Date, timeZone: string, amountMinor: number): boolean {
  if (!promotion.active) return false;
  if (promotion.startsAt && at.getTime() < promotion.startsAt.getTime()) return false;
  if (promotion.endsAt && at.getTime() >= promotion.endsAt.getTime()) return false;
  if (amountMinor < promotion.minSpendMinor) return false;

  const { weekday, minuteOfDay } = localParts(at, timeZone);
  const start = promotion.startMinute ?? 0;
  const end = promotion.endMinute ?? MINUTES_PER_DAY;
  let day = weekday;
  if (start < end) {
    if (minuteOfDay < start || minuteOfDay >= end) return false;
  } else if (start > end) {
    if (minuteOfDay < end) day = (weekday + 6) % 7;
    else if (minuteOfDay < start) return false;
  } else {
    return false;
  }
  return promotion.daysOfWeek.length === 0 || promotion.daysOfWeek.includes(day);
}

export type PurchasePoints = {
  qualifyingMinor: number;
  basePoints: number;
  points: number;
  appliedPromotions: { id: string; name: string }[];
};

export function computePurchasePoints(input: {
  program: EarnProgram;
  tierMultiplierBp: number;
  promotions: EarnPromotion[];
  amountMinor: number;
  pointsPaidMinor: number;
  items?: PurchaseItem[];
  occurredAt: Date;
  timeZone: string;
}): PurchasePoints {
  const { program, amountMinor, pointsPaidMinor, items, occurredAt, timeZone } = input;
  if (!Number.isSafeInteger(program.earnPerMinor) || program.earnPerMinor <= 0) {
    throw new RangeError(`earnPerMinor must be a positive integer, got ${program.earnPerMinor}`);
  }
  const none: PurchasePoints = { qualifyingMinor: 0, basePoints: 0, points: 0, appliedPromotions: [] };
  const cash = cashMinor(amountMinor, pointsPaidMinor);
  if (cash < program.minSpendMinor) return none;
  const qualifyingMinor = qualifyingAmountMinor({
    amountMinor,
    pointsPaidMinor,
    items,
    qualifyingCategories: program.qualifyingCategories,
  });
  // Nothing qualifying (all paid in points, or no qualifying items): no bonus either.
  if (qualifyingMinor === 0) return none;

  const earnPoints = Math.max(0, program.earnPoints);
  const tierBp = Math.max(0, input.tierMultiplierBp);
  const basePoints = mulDiv(qualifyingMinor, earnPoints, program.earnPerMinor, program.rounding);
  const tierPoints = mulDiv(basePoints, tierBp, BP);

  // Extras are computed from the tier points, not from each other: two doubles make a triple.
  let points = tierPoints;
  const appliedPromotions: { id: string; name: string }[] = [];
  for (const promotion of input.promotions) {
    if (!promotionApplies(promotion, occurredAt, timeZone, cash)) continue;
    let boosted = tierPoints;
    if (promotion.category !== null) {
      const category = promotion.category;
      const earnsAtAll = (c: string | undefined) =>
        c === category && (program.qualifyingCategories.length === 0 || program.qualifyingCategories.includes(c));
      const categoryMinor = items ? Math.min(qualifyingMinor, cashShare(itemsTotal(items, earnsAtAll), amountMinor, pointsPaidMinor)) : 0;
      if (categoryMinor === 0) continue;
      boosted = mulDiv(mulDiv(categoryMinor, earnPoints, program.earnPerMinor), tierBp, BP);
    }
    // A multiplier below 1× is treated as none: a promotion never takes points away.
    const extra = mulDiv(boosted, Math.max(0, promotion.multiplierBp - BP), BP);
    points += extra + Math.max(0, promotion.bonusPoints);
    appliedPromotions.push({ id: promotion.id, name: promotion.name });
  }
  return { qualifyingMinor, basePoints, points: Math.max(0, points), appliedPromotions };
}
