// The program form's working copy: what the owner types (amounts in major units, "12.5" %,
// "1.25" ×, "16:00"), converted exactly to the engine's integers without floats. Field names
// follow programSettingsSchema, so its error paths ("tiers.0.threshold") name draft fields.
// Text that is not a number becomes NaN, which the schema refuses with the field's message.
import { minorUnitDigits } from "@/lib/format/money";
import type { ProgramSettings } from "./program-schemas";
import { minutesFromTime, timeFromMinutes } from "./program-settings-dates";

/** "12.5" with at most `digits` decimals → 1250 (digits = 2); NaN when it is not such a number. */
export function parseScaled(text: string, digits: number): number {
  const value = text.trim().replace(/[\s\u00a0']/g, "").replace(",", ".");
  const match = /^(\d{1,12})(?:\.(\d*))?$/.exec(value);
  if (!match || (match[2] ?? "").length > digits) return Number.NaN;
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? "").padEnd(digits, "0") || "0");
}

/** The inverse: 1250 → "12.5", 1000 → "10" (no trailing zeros, "." as the separator). */
export function formatScaled(value: number, digits: number): string {
  if (!Number.isFinite(value)) return "";
  const scale = 10 ** digits;
  const whole = Math.floor(value / scale);
  const fraction = String(value % scale).padStart(digits, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export const parseMoney = (text: string, currency: string) => parseScaled(text, minorUnitDigits(currency));
export const formatMoneyInput = (minor: number, currency: string) => formatScaled(minor, minorUnitDigits(currency));
/** Percent text ↔ basis points: "5" ↔ 500, "12.5" ↔ 1250. */
export const parsePercent = (text: string) => parseScaled(text, 2);
export const formatPercent = (bp: number) => formatScaled(bp, 2);
/** Multiplier text ↔ basis points: "1.25" ↔ 12500. */
export const parseMultiplier = (text: string) => parseScaled(text, 4);
export const formatMultiplier = (bp: number) => formatScaled(bp, 4);
export const parseWhole = (text: string) => parseScaled(text, 0);

type Rules = ProgramSettings["rules"];
type Kind = "money" | "percent" | "whole";

const RULE_KINDS = {
  earnPoints: "whole",
  earnPerMinor: "money",
  minSpendMinor: "money",
  signupBonus: "whole",
  birthdayBonus: "whole",
  referralBonus: "whole",
  referredBonus: "whole",
  expiryMonths: "whole",
  pendingDays: "whole",
  visitDiscountBaseBp: "percent",
  visitDiscountStepBp: "percent",
  visitDiscountCapBp: "percent",
  tierGraceDays: "whole",
  membershipFeeMinor: "money",
  membershipCashbackBp: "percent",
  membershipCapMinor: "money",
  pointValueMinor: "money",
} as const satisfies Partial<Record<keyof Rules, Kind>>;

type NumericRule = keyof typeof RULE_KINDS;
export type RulesDraft = Omit<Rules, NumericRule | "qualifyingCategories"> & Record<NumericRule, string> & { qualifyingCategories: string };

export type TierDraft = { uid: string; id: string | null; name: string; threshold: string; multiplierBp: string; perks: string };
export type PunchCardDraft = Omit<ProgramSettings["punchCards"][number], "stampsRequired" | "stampMinorUnit" | "stampItem" | "rewardId"> & {
  uid: string;
  stampsRequired: string;
  stampMinorUnit: string;
  stampItem: string;
  rewardId: string;
};
export type PromotionDraft = Omit<
  ProgramSettings["promotions"][number],
  "multiplierBp" | "bonusPoints" | "startMinute" | "endMinute" | "startDate" | "endDate" | "category" | "minSpendMinor"
> & {
  uid: string;
  multiplierBp: string;
  bonusPoints: string;
  startMinute: string;
  endMinute: string;
  startDate: string;
  endDate: string;
  category: string;
  minSpendMinor: string;
};
export type LoyaltyActionDraft = Omit<ProgramSettings["loyaltyActions"][number], "points" | "maxPerMember"> & {
  uid: string;
  points: string;
  maxPerMember: string;
};

export type ProgramDraft = {
  rules: RulesDraft;
  tiers: TierDraft[];
  punchCards: PunchCardDraft[];
  promotions: PromotionDraft[];
  loyaltyActions: LoyaltyActionDraft[];
};

function toText(kind: Kind, value: number | null, currency: string): string {
  if (value === null) return "";
  if (kind === "money") return formatMoneyInput(value, currency);
  if (kind === "percent") return formatPercent(value);
  return String(value);
}

function fromText(kind: Kind, text: string, currency: string): number {
  if (kind === "money") return parseMoney(text, currency);
  if (kind === "percent") return parsePercent(text);
  return parseWhole(text);
}

const thresholdKind = (basis: Rules["tierBasis"]): Kind => (basis === "SPEND" ? "money" : "whole");
const orNull = <T>(text: string, convert: (text: string) => T): T | null => (text.trim() === "" ? null : convert(text));

export function toDraft(settings: ProgramSettings, currency: string): ProgramDraft {
  const { rules } = settings;
  const numeric = Object.fromEntries(
    (Object.keys(RULE_KINDS) as NumericRule[]).map((field) => [field, toText(RULE_KINDS[field], rules[field], currency)]),
  ) as Record<NumericRule, string>;
  const money = (minor: number) => formatMoneyInput(minor, currency);
  return {
    rules: { ...rules, ...numeric, qualifyingCategories: rules.qualifyingCategories.join(", ") },
    tiers: settings.tiers.map((tier) => ({
      uid: tier.id ?? newUid(),
      id: tier.id,
      name: tier.name,
      threshold: toText(thresholdKind(rules.tierBasis), tier.threshold, currency),
      multiplierBp: formatMultiplier(tier.multiplierBp),
      perks: tier.perks,
    })),
    punchCards: settings.punchCards.map((card) => ({
      ...card,
      uid: card.id ?? newUid(),
      stampsRequired: String(card.stampsRequired),
      stampMinorUnit: money(card.stampMinorUnit),
      stampItem: card.stampItem ?? "",
      rewardId: card.rewardId ?? "",
    })),
    promotions: settings.promotions.map((promotion) => ({
      ...promotion,
      uid: promotion.id ?? newUid(),
      multiplierBp: formatMultiplier(promotion.multiplierBp),
      bonusPoints: String(promotion.bonusPoints),
      startMinute: timeFromMinutes(promotion.startMinute),
      // 1440 (the end of the day) shows as 00:00, the way a time input writes midnight.
      endMinute: timeFromMinutes(promotion.endMinute === 1440 ? 0 : promotion.endMinute),
      startDate: promotion.startDate ?? "",
      endDate: promotion.endDate ?? "",
      category: promotion.category ?? "",
      minSpendMinor: money(promotion.minSpendMinor),
    })),
    loyaltyActions: settings.loyaltyActions.map((action) => ({
      ...action,
      uid: action.id ?? newUid(),
      points: String(action.points),
      maxPerMember: action.maxPerMember === null ? "" : String(action.maxPerMember),
    })),
  };
}

export function fromDraft(draft: ProgramDraft, currency: string): ProgramSettings {
  const { rules } = draft;
  const numeric = Object.fromEntries(
    (Object.keys(RULE_KINDS) as NumericRule[]).map((field) => [field, fromText(RULE_KINDS[field], rules[field], currency)]),
  ) as Record<NumericRule, number>;
  const money = (text: string) => parseMoney(text, currency);
  const time = (text: string) => minutesFromTime(text) ?? Number.NaN;
  return {
    rules: {
      ...rules,
      ...numeric,
      expiryMonths: rules.expiryPolicy === "NEVER" ? null : orNull(rules.expiryMonths, parseWhole),
      qualifyingCategories: rules.qualifyingCategories.split(",").map((category) => category.trim()).filter(Boolean),
    },
    tiers: draft.tiers.map((tier) => ({
      id: tier.id,
      name: tier.name,
      threshold: fromText(thresholdKind(rules.tierBasis), tier.threshold, currency),
      multiplierBp: parseMultiplier(tier.multiplierBp),
      perks: tier.perks,
    })),
    punchCards: draft.punchCards.map(({ uid: _uid, ...card }) => ({
      ...card,
      stampsRequired: parseWhole(card.stampsRequired),
      stampMinorUnit: card.stampRule === "ITEM" ? 0 : card.stampRule === "VISIT" && card.stampMinorUnit.trim() === "" ? 0 : money(card.stampMinorUnit),
      stampItem: card.stampItem.trim() || null,
      rewardId: card.rewardId || null,
    })),
    promotions: draft.promotions.map(({ uid: _uid, ...promotion }) => ({
      ...promotion,
      multiplierBp: parseMultiplier(promotion.multiplierBp),
      bonusPoints: promotion.bonusPoints.trim() === "" ? 0 : parseWhole(promotion.bonusPoints),
      startMinute: orNull(promotion.startMinute, time),
      endMinute: orNull(promotion.endMinute, (text) => (time(text) === 0 ? 1440 : time(text))),
      startDate: promotion.startDate || null,
      endDate: promotion.endDate || null,
      category: promotion.category.trim() || null,
      minSpendMinor: promotion.minSpendMinor.trim() === "" ? 0 : money(promotion.minSpendMinor),
    })),
    loyaltyActions: draft.loyaltyActions.map(({ uid: _uid, ...action }) => ({
      ...action,
      points: parseWhole(action.points),
      maxPerMember: orNull(action.maxPerMember, parseWhole),
    })),
  };
}

let counter = 0;
/** A key for a row the owner just added (React keys; never sent to the server). */
export function newUid(): string {
  counter += 1;
  return `new-${counter}`;
}

/** zod issues as "path → messages", e.g. "tiers.0.name" → ["Name the tier."]. */
export function errorsByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
