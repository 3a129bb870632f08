// What the owner's reward form may send. Money arrives in minor units and percentages in basis
// points (the form converts what was typed), the active window as wall-clock time in the
// business's zone. Importable by the client form.
import { z } from "zod";

export const REWARD_KINDS = ["DISCOUNT", "FREE_ITEM", "UPGRADE", "DONATION", "PARTNER", "EVENT"] as const;
export type RewardKindName = (typeof REWARD_KINDS)[number];

const LOCAL_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const whole = (message: string) => z.number({ error: message }).int(message);
const id = z.string().min(1).max(64);

const rewardFields = z.object({
  slug: z.string().min(1),
  kind: z.enum(REWARD_KINDS, { error: "Choose what kind of reward this is." }),
  name: z.string().trim().min(1, "Give the reward a name.").max(80, "Keep the name under 80 characters."),
  description: z.string().trim().max(1000, "Keep the description under 1,000 characters.").default(""),
  pointsCost: whole("The points cost is a whole number.").min(1, "The points cost must be at least 1.").max(1_000_000, "That is too many points."),
  costMinor: whole("Enter what the reward costs you.").min(0, "The cost to the business cannot be negative.").max(1_000_000_000, "That cost is too large."),
  discountMinor: whole("Enter the amount off.").min(1, "The amount off must be more than zero.").max(1_000_000_000, "That amount is too large.").nullable().default(null),
  discountBp: whole("Enter the percentage off.").min(1, "The percentage must be more than zero.").max(10_000, "The percentage cannot be more than 100%.").nullable().default(null),
  minTierId: id.nullable().default(null),
  stock: whole("Stock is a whole number.").min(0, "Stock cannot be negative.").max(1_000_000, "That stock is too large.").nullable().default(null),
  perMemberLimit: whole("The limit is a whole number.").min(1, "The limit per member must be at least 1.").max(10_000, "That limit is too large.").nullable().default(null),
  /** "YYYY-MM-DDTHH:mm" in the business's time zone, or empty for no bound */
  activeFrom: z.union([z.literal(""), z.string().regex(LOCAL_DATETIME, "Pick a date and time.")]).default(""),
  activeUntil: z.union([z.literal(""), z.string().regex(LOCAL_DATETIME, "Pick a date and time.")]).default(""),
  /** PARTNER: the partner business; DONATION: who receives the donation */
  partnerName: z.string().trim().max(120, "Keep the name under 120 characters.").default(""),
  voucherDays: whole("Voucher validity is a whole number of days.").min(1, "A voucher must be valid for at least 1 day.").max(365, "A voucher can be valid for at most 365 days."),
  /** A new picture's bytes; checked by content (lib/admin/rewards-image.ts) on the server */
  image: z.instanceof(Uint8Array).optional(),
  removeImage: z.boolean().default(false),
});

type Fields = z.infer<typeof rewardFields>;

function kindRules(value: Fields, ctx: z.RefinementCtx) {
  if (value.kind === "DISCOUNT") {
    if (value.discountMinor === null && value.discountBp === null) {
      ctx.addIssue({ code: "custom", path: ["discountMinor"], message: "A discount needs an amount or a percentage off." });
    } else if (value.discountMinor !== null && value.discountBp !== null) {
      ctx.addIssue({ code: "custom", path: ["discountMinor"], message: "Give either an amount or a percentage off, not both." });
    }
  }
  if (value.kind === "PARTNER" && !value.partnerName) {
    ctx.addIssue({ code: "custom", path: ["partnerName"], message: "Name the partner business." });
  }
  if (value.kind === "DONATION" && !value.partnerName) {
    ctx.addIssue({ code: "custom", path: ["partnerName"], message: "Say who receives the donation." });
  }
  if (value.kind === "EVENT" && !value.description) {
    ctx.addIssue({ code: "custom", path: ["description"], message: "Say when and where the event takes place." });
  }
  // Same zone on both sides, so the wall-clock strings compare like the instants.
  if (value.activeFrom && value.activeUntil && value.activeUntil <= value.activeFrom) {
    ctx.addIssue({ code: "custom", path: ["activeUntil"], message: "The end must come after the start." });
  }
}

/** Discount fields mean nothing on other kinds; dropping them keeps stale values out. */
function normalise<T extends Fields>(value: T): T {
  return value.kind === "DISCOUNT" ? value : { ...value, discountMinor: null, discountBp: null };
}

export const createRewardSchema = rewardFields.superRefine(kindRules).transform(normalise);
export type CreateRewardInput = z.input<typeof createRewardSchema>;
export type RewardFields = Omit<z.output<typeof createRewardSchema>, "slug">;

export const updateRewardSchema = rewardFields.extend({ rewardId: id }).superRefine(kindRules).transform(normalise);
export type UpdateRewardInput = z.input<typeof updateRewardSchema>;

export const setRewardArchivedSchema = z.object({ slug: z.string().min(1), rewardId: id, archived: z.boolean() });
export type SetRewardArchivedInput = z.infer<typeof setRewardArchivedSchema>;

/**
 * A decimal the owner typed ("12.50", "12,5") as an integer scaled by 10^digits (1250), or
 * null when it is not a plain non-negative number with at most `digits` decimals. No floats.
 */
export function parseScaled(text: string, digits: number): number | null {
  const match = /^(\d{1,12})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** The inverse for showing a stored value in an input: 1250, 2 → "12.5". */
export function formatScaled(value: number, digits: number): string {
  if (digits === 0) return String(value);
  const whole = Math.floor(value / 10 ** digits);
  const fraction = String(value % 10 ** digits).padStart(digits, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}
