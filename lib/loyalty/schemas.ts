// Inputs of the engine's operations, shared by server actions, the POS API and the engine's
// own boundary checks. Money: integer minor units; points: integers.
import { z } from "zod";
import { LoyaltyError } from "./errors";

const id = z.string().trim().min(1).max(64);
const minor = z.number().int().positive().max(1_000_000_000);
const idempotencyKey = z.string().min(1).max(255).optional();

export const purchaseItemSchema = z.object({
  sku: z.string().max(100).optional(),
  name: z.string().max(200).optional(),
  category: z.string().max(100).optional(),
  quantity: z.number().int().positive().max(10_000),
  unitMinor: z.number().int().nonnegative().max(1_000_000_000),
});

export const recordPurchaseSchema = z.object({
  businessId: id,
  memberId: id.nullish(),
  amountMinor: minor,
  currency: z.string().regex(/^[A-Z]{3}$/, { error: "Use an ISO 4217 code such as PHP" }),
  externalId: z.string().trim().min(1).max(100),
  occurredAt: z.coerce.date().optional(),
  items: z.array(purchaseItemSchema).max(500).optional(),
  channel: z.enum(["COUNTER", "POS_API", "ONLINE", "IMPORT"]).default("COUNTER"),
  pointsToSpend: z.number().int().nonnegative().max(100_000_000).default(0),
  idempotencyKey,
});
export type RecordPurchaseInput = z.input<typeof recordPurchaseSchema>;

export const refundPurchaseSchema = z.object({
  businessId: id,
  purchaseId: id,
  amountMinor: minor.optional(),
  idempotencyKey,
});
export type RefundPurchaseInput = z.input<typeof refundPurchaseSchema>;

export const redeemRewardSchema = z.object({ businessId: id, memberId: id, rewardId: id, idempotencyKey });
export type RedeemRewardInput = z.input<typeof redeemRewardSchema>;

export const useVoucherSchema = z.object({ businessId: id, code: z.string().trim().min(1).max(40) });
export type UseVoucherInput = z.input<typeof useVoucherSchema>;

export const cancelRedemptionSchema = z.object({ businessId: id, redemptionId: id, reason: z.string().trim().min(1).max(500) });
export type CancelRedemptionInput = z.input<typeof cancelRedemptionSchema>;

export const adjustPointsSchema = z.object({
  businessId: id,
  memberId: id,
  points: z
    .number()
    .int()
    .refine((value) => value !== 0, { error: "An adjustment must change the balance." })
    .refine((value) => Math.abs(value) <= 1_000_000, { error: "That is more points than any adjustment should move." }),
  reason: z.string().trim().min(3, { error: "Say why, in a few words." }).max(500),
  idempotencyKey,
});
export type AdjustPointsInput = z.input<typeof adjustPointsSchema>;

export const creditActionSchema = z.object({ businessId: id, memberId: id, actionKey: z.string().trim().min(1).max(60), idempotencyKey });
export type CreditActionInput = z.input<typeof creditActionSchema>;

export const enrollMemberSchema = z.object({
  businessId: id,
  userId: id,
  referralCode: z.string().trim().toUpperCase().max(20).optional(),
  phone: z.string().trim().max(30).optional(),
  birthday: z.coerce.date().optional(),
  displayName: z.string().trim().max(100).optional(),
  marketingConsent: z.boolean().default(false),
});
export type EnrollMemberInput = z.input<typeof enrollMemberSchema>;

/** Parses engine input at the boundary; a failure is a typed invalid_input, never a throw deep inside. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  throw new LoyaltyError(
    "invalid_input",
    `Invalid input: ${fields.map((field) => `${field.path || "input"}: ${field.message}`).join("; ")}`,
    { fields },
  );
}
