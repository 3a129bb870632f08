// Request and response shapes of the POS API v1. Route handlers parse with the request
// schemas, type their answers with the response schemas, and lib/api/openapi.ts builds the
// OpenAPI document from the same objects, so the document cannot drift from the code.
// Money: integer minor units; points: integers; times: ISO 8601.
import { z } from "zod";
import { purchaseItemSchema } from "@/lib/loyalty/schemas";

const id = z.string().trim().min(1).max(64);
const minor = z.number().int().positive().max(1_000_000_000);

export const enrollMemberBody = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(100).optional(),
    phone: z.string().trim().min(3).max(30).optional(),
    birthday: z.iso.date().optional(),
  })
  .meta({ id: "EnrollMember" });

export const memberLookupQuery = z
  .object({
    email: z.string().trim().min(3).max(254).optional(),
    phone: z.string().trim().min(3).max(30).optional(),
    number: z.coerce.number().int().positive().max(2_000_000_000).optional(),
    cardToken: z.string().trim().min(1).max(600).optional(),
  })
  .refine((query) => Object.values(query).filter((value) => value !== undefined).length === 1, {
    error: "Give exactly one of email, phone, number or cardToken.",
  });

export const purchaseBody = z
  .object({
    memberId: id.optional().meta({ description: "The member; or cardToken from the member card's QR code; neither for a non-member sale" }),
    cardToken: z.string().trim().min(1).max(600).optional(),
    amount: minor.meta({ description: "Total in integer minor units (centavos, bani)" }),
    currency: z.string().regex(/^[A-Z]{3}$/, { error: "Use an ISO 4217 code such as PHP" }),
    externalId: z.string().trim().min(1).max(100).meta({ description: "The receipt id; unique per business" }),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
    items: z.array(purchaseItemSchema).max(500).optional(),
  })
  .refine((body) => !(body.memberId && body.cardToken), { error: "Give memberId or cardToken, not both.", path: ["cardToken"] })
  .meta({ id: "RecordPurchase" });

export const refundBody = z.object({ amount: minor.optional().meta({ description: "Minor units; the whole rest of the purchase when omitted" }) }).meta({ id: "RefundPurchase" });

export const redemptionBody = z.object({ memberId: id, rewardId: id }).meta({ id: "RedeemReward" });

export const actionBody = z.object({ memberId: id, action: z.string().trim().min(1).max(60).meta({ description: "The owner-defined action's key" }) }).meta({ id: "CreditAction" });

const tier = z.object({ id: z.string(), name: z.string() }).nullable();
const voucher = z.object({ code: z.string(), rewardName: z.string().nullable(), expiresAt: z.string() });

export const memberResponse = z
  .object({
    id: z.string(),
    number: z.number().int(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    status: z.enum(["ACTIVE", "SUSPENDED", "DELETED"]),
    balance: z.number().int(),
    pendingPoints: z.number().int(),
    tier,
    visitDiscountPercent: z.number(),
    punchCards: z.array(z.object({ id: z.string(), name: z.string(), stamps: z.number().int(), stampsRequired: z.number().int(), completed: z.number().int() })),
    vouchers: z.array(voucher),
  })
  .meta({ id: "Member" });

export const purchaseResponse = z
  .object({
    purchaseId: z.string(),
    memberId: z.string().nullable(),
    pointsEarned: z.number().int(),
    balance: z.number().int().nullable(),
    tier,
    stampsAdded: z.number().int(),
    vouchersIssued: z.array(voucher),
    visitDiscountPercent: z.number(),
  })
  .meta({ id: "PurchaseResult" });

export const refundResponse = z
  .object({ refundId: z.string(), refundedAmount: z.number().int(), pointsReversed: z.number().int(), balance: z.number().int().nullable() })
  .meta({ id: "RefundResult" });

export const rewardResponse = z
  .object({
    id: z.string(),
    kind: z.string(),
    name: z.string(),
    description: z.string(),
    pointsCost: z.number().int(),
    minTier: tier,
    stock: z.number().int().nullable(),
    perMemberLimit: z.number().int().nullable(),
    activeFrom: z.string().nullable(),
    activeUntil: z.string().nullable(),
    partnerName: z.string().nullable(),
  })
  .meta({ id: "Reward" });

export const rewardsResponse = z.object({ rewards: z.array(rewardResponse) }).meta({ id: "RewardCatalog" });

export const redemptionResponse = z
  .object({ redemptionId: z.string(), code: z.string(), rewardName: z.string(), pointsSpent: z.number().int(), balance: z.number().int(), expiresAt: z.string() })
  .meta({ id: "RedemptionResult" });

export const voucherUseResponse = z
  .object({ code: z.string(), rewardName: z.string().nullable(), memberId: z.string(), usedAt: z.string() })
  .meta({ id: "VoucherUse" });

export const actionResponse = z.object({ pointsCredited: z.number().int(), balance: z.number().int() }).meta({ id: "ActionResult" });

export const errorResponse = z
  .object({
    error: z.looseObject({
      code: z.string().meta({ description: "Stable machine-readable code, e.g. insufficient_points" }),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: "Error" });

export type MemberResponse = z.infer<typeof memberResponse>;
export type PurchaseResponse = z.infer<typeof purchaseResponse>;
