// Expected refusals of the loyalty engine. Each code maps to one documented API status and
// one sentence a member or cashier can act on; anything else is a bug.
export const LOYALTY_ERRORS = {
  invalid_input: { status: 400, message: "The request is not valid." },
  member_not_found: { status: 404, message: "No such member in this business." },
  member_inactive: { status: 409, message: "This membership is not active." },
  reward_not_found: { status: 404, message: "No such reward." },
  purchase_not_found: { status: 404, message: "No such purchase." },
  voucher_not_found: { status: 404, message: "No such voucher." },
  action_not_found: { status: 404, message: "No such action." },
  insufficient_points: { status: 409, message: "Not enough points." },
  negative_balance: { status: 409, message: "The balance is negative; new points will cover it first." },
  out_of_stock: { status: 409, message: "This reward is out of stock." },
  limit_reached: { status: 409, message: "This reward's limit per member is reached." },
  reward_unavailable: { status: 409, message: "This reward is not available right now." },
  tier_locked: { status: 409, message: "This reward needs a higher tier." },
  currency_mismatch: { status: 422, message: "The currency does not match the business's." },
  duplicate_purchase: { status: 409, message: "A purchase with this receipt id already exists." },
  refund_exceeds_purchase: { status: 422, message: "The refund is larger than what is left of the purchase." },
  already_used: { status: 409, message: "This voucher was already used." },
  voucher_cancelled: { status: 409, message: "This voucher was cancelled." },
  expired: { status: 410, message: "This voucher has expired." },
  self_referral: { status: 422, message: "A member cannot refer themselves." },
  action_limit_reached: { status: 409, message: "This member already got points for this action." },
  idempotency_conflict: { status: 409, message: "This idempotency key was used with a different request." },
} as const;

export type LoyaltyErrorCode = keyof typeof LOYALTY_ERRORS;

export class LoyaltyError extends Error {
  readonly code: LoyaltyErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(code: LoyaltyErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? LOYALTY_ERRORS[code].message);
    this.name = "LoyaltyError";
    this.code = code;
    this.status = LOYALTY_ERRORS[code].status;
    this.details = details;
  }
}
