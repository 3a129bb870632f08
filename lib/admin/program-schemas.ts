// Everything the owner can set about the loyalty engine, as the program page sends it. Units
// are the engine's: money in minor units, percentages and multipliers in basis points
// (500 = 5%, 12500 = 1.25×), points as integers; promotion dates are calendar days in the
// business's time zone. Pure, so the form and its live preview validate with the same rules.
import { z } from "zod";

const MAX_MINOR = 1_000_000_000;
const MAX_POINTS = 100_000;

const whole = (message: string) => z.number({ error: message }).int(message);
const minor = (label: string) =>
  whole(`${label} must be an amount.`).min(0, `${label} cannot be negative.`).max(MAX_MINOR, `${label} is too large.`);
const points = (label: string) =>
  whole(`${label} must be a whole number of points.`).min(0, `${label} cannot be negative.`).max(MAX_POINTS, `${label} is at most ${MAX_POINTS} points.`);
const basisPoints = (label: string) =>
  whole(`${label} must be a percentage.`).min(0, `${label} cannot be negative.`).max(10_000, `${label} cannot be more than 100%.`);
const multiplier = (label: string) =>
  whole(`${label} must be a number like 1.5.`).min(10_000, `${label} must be at least 1×.`).max(100_000, `${label} can be at most 10×.`);
const rowId = z.string().min(1).max(64).nullable().default(null);
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const localDate = z.string().refine(isCalendarDate, "Pick a date.").nullable().default(null);

export const programRulesSchema = z
  .object({
    earnPoints: whole("Points per amount must be a whole number.").min(1, "Give at least 1 point.").max(1_000, "That is more than 1,000 points at a time."),
    earnPerMinor: whole("Enter the amount that earns the points.").min(1, "The amount must be more than zero.").max(MAX_MINOR, "That amount is too large."),
    rounding: z.enum(["DOWN", "NEAREST", "UP"]),
    minSpendMinor: minor("The minimum spend"),
    qualifyingCategories: z
      .array(z.string().trim().min(1, "A category needs a name.").max(60, "Keep category names under 60 characters."))
      .max(50, "Name at most 50 categories.")
      .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, "Each category once, please."),
    signupBonus: points("The sign-up bonus"),
    birthdayBonus: points("The birthday bonus"),
    referralBonus: points("The referral bonus"),
    referredBonus: points("The welcome bonus for a referred friend"),
    expiryPolicy: z.enum(["NEVER", "AFTER_EARN", "INACTIVITY"]),
    expiryMonths: whole("Months must be a whole number.").min(1, "At least 1 month.").max(120, "At most 120 months.").nullable(),
    pendingDays: whole("Days must be a whole number.").min(0, "Days cannot be negative.").max(90, "At most 90 days."),
    visitDiscountEnabled: z.boolean(),
    visitDiscountBaseBp: basisPoints("The first-visit discount"),
    visitDiscountStepBp: basisPoints("The step per visit"),
    visitDiscountCapBp: basisPoints("The cap"),
    visitDiscountPeriod: z.enum(["WEEK", "MONTH", "QUARTER", "YEAR"]),
    tierBasis: z.enum(["SPEND", "POINTS"]),
    tierWindow: z.enum(["ROLLING_12_MONTHS", "CALENDAR_YEAR"]),
    tierGraceDays: whole("Days must be a whole number.").min(0, "Days cannot be negative.").max(365, "At most 365 days."),
    membershipEnabled: z.boolean(),
    membershipFeeMinor: minor("The fee"),
    membershipCashbackBp: basisPoints("The cashback"),
    membershipCapMinor: minor("The cap"),
    pointValueMinor: whole("Enter what a point is worth.").min(0, "A point cannot be worth less than nothing.").max(1_000_000, "That is too much for one point."),
  })
  .superRefine((rules, ctx) => {
    if (rules.expiryPolicy !== "NEVER" && rules.expiryMonths === null) {
      ctx.addIssue({ code: "custom", path: ["expiryMonths"], message: "Say after how many months points expire." });
    }
    if (rules.visitDiscountEnabled) {
      if (rules.visitDiscountCapBp < rules.visitDiscountBaseBp) {
        ctx.addIssue({ code: "custom", path: ["visitDiscountCapBp"], message: "The cap cannot be below the first-visit discount." });
      }
      if (rules.visitDiscountCapBp === 0) {
        ctx.addIssue({ code: "custom", path: ["visitDiscountCapBp"], message: "A discount of at most 0% is no discount." });
      }
    }
    if (rules.membershipEnabled && rules.membershipFeeMinor === 0) {
      ctx.addIssue({ code: "custom", path: ["membershipFeeMinor"], message: "A paid membership needs a fee." });
    }
  });

export const tierSchema = z.object({
  id: rowId,
  name: z.string().trim().min(1, "Name the tier.").max(40, "Keep the name under 40 characters."),
  threshold: whole("Enter the threshold.").min(0, "The threshold cannot be negative.").max(2_000_000_000, "That threshold is too large."),
  multiplierBp: multiplier("The multiplier"),
  perks: z.string().trim().max(200, "Keep the perks under 200 characters.").default(""),
});

export const punchCardSchema = z
  .object({
    id: rowId,
    name: z.string().trim().min(1, "Name the card.").max(60, "Keep the name under 60 characters."),
    stampsRequired: whole("Stamps must be a whole number.").min(1, "At least 1 stamp.").max(100, "At most 100 stamps."),
    stampRule: z.enum(["VISIT", "AMOUNT", "ITEM"]),
    stampMinorUnit: minor("The amount"),
    stampItem: z.string().trim().max(100, "Keep it under 100 characters.").nullable().default(null),
    rewardId: z.string().min(1).max(64).nullable().default(null),
    active: z.boolean().default(true),
  })
  .superRefine((card, ctx) => {
    if (card.stampRule === "AMOUNT" && card.stampMinorUnit === 0) {
      ctx.addIssue({ code: "custom", path: ["stampMinorUnit"], message: "Say how much spend earns one stamp." });
    }
    if (card.stampRule === "ITEM" && !card.stampItem) {
      ctx.addIssue({ code: "custom", path: ["stampItem"], message: "Name the item or category that earns a stamp." });
    }
  });

export const promotionSchema = z
  .object({
    id: rowId,
    name: z.string().trim().min(1, "Name the promotion.").max(60, "Keep the name under 60 characters."),
    multiplierBp: multiplier("The multiplier"),
    bonusPoints: points("The bonus"),
    daysOfWeek: z.array(z.number().int().min(0).max(6)).max(7).refine((days) => new Set(days).size === days.length, "Each day once."),
    /** Minutes after local midnight; the window is [start, end), an end of 1440 is midnight */
    startMinute: whole("Pick a time.").min(0, "Pick a time.").max(1439, "Pick a time.").nullable(),
    endMinute: whole("Pick a time.").min(1, "Pick a time.").max(1440, "Pick a time.").nullable(),
    startDate: localDate,
    endDate: localDate,
    category: z.string().trim().min(1).max(100).nullable().default(null),
    minSpendMinor: minor("The minimum spend"),
    active: z.boolean().default(true),
  })
  .superRefine((promotion, ctx) => {
    if (promotion.multiplierBp === 10_000 && promotion.bonusPoints === 0) {
      ctx.addIssue({ code: "custom", path: ["multiplierBp"], message: "Give a multiplier above 1× or some bonus points." });
    }
    if ((promotion.startMinute === null) !== (promotion.endMinute === null)) {
      ctx.addIssue({ code: "custom", path: ["endMinute"], message: "Give both a start and an end time, or neither." });
    } else if (promotion.startMinute !== null && promotion.endMinute !== null && promotion.startMinute >= promotion.endMinute) {
      // The database keeps windows within one day; a late-night offer ends at 00:00.
      ctx.addIssue({ code: "custom", path: ["endMinute"], message: "The end time must come after the start time (00:00 for midnight)." });
    }
    if (promotion.startDate && promotion.endDate && promotion.endDate < promotion.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The last day cannot come before the first." });
    }
  });

/** The database's own rule for action keys (LoyaltyAction_key_format). */
export const ACTION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const loyaltyActionSchema = z.object({
  id: rowId,
  key: z.string().trim().min(2, "Use at least 2 characters.").max(60, "Keep the key under 60 characters.").regex(ACTION_KEY, "Use lowercase letters, digits and hyphens, like google-review."),
  name: z.string().trim().min(1, "Name the action.").max(80, "Keep the name under 80 characters."),
  points: whole("Points must be a whole number.").min(1, "Give at least 1 point.").max(MAX_POINTS, `At most ${MAX_POINTS} points.`),
  maxPerMember: whole("Enter a whole number.").min(1, "At least once.").max(1_000, "At most 1,000 times.").nullable().default(null),
  active: z.boolean().default(true),
});

function uniqueBy<T>(rows: T[], key: (row: T) => string | number, ctx: z.RefinementCtx, field: string, message: string) {
  const seen = new Set<string | number>();
  rows.forEach((row, index) => {
    const value = key(row);
    if (seen.has(value)) ctx.addIssue({ code: "custom", path: [index, field], message });
    seen.add(value);
  });
}

export const programSettingsSchema = z.object({
  rules: programRulesSchema,
  tiers: z
    .array(tierSchema)
    .max(10, "At most 10 tiers.")
    .superRefine((tiers, ctx) => {
      uniqueBy(tiers, (tier) => tier.name.toLowerCase(), ctx, "name", "Another tier has this name.");
      uniqueBy(tiers, (tier) => tier.threshold, ctx, "threshold", "Another tier has this threshold.");
      // New members join the tier with threshold 0 (lib/loyalty/members.ts), so one must exist.
      if (tiers.length > 0 && !tiers.some((tier) => tier.threshold === 0)) {
        ctx.addIssue({ code: "custom", path: [0, "threshold"], message: "The first tier starts at 0, so every member has a tier." });
      }
    }),
  punchCards: z.array(punchCardSchema).max(10, "At most 10 punch cards."),
  promotions: z.array(promotionSchema).max(30, "At most 30 promotions."),
  loyaltyActions: z
    .array(loyaltyActionSchema)
    .max(30, "At most 30 actions.")
    .superRefine((actions, ctx) => uniqueBy(actions, (action) => action.key, ctx, "key", "Another action has this key.")),
});
export type ProgramSettingsInput = z.input<typeof programSettingsSchema>;
export type ProgramSettings = z.output<typeof programSettingsSchema>;

export const updateProgramSettingsSchema = programSettingsSchema.extend({ slug: z.string().min(1).max(100) });
