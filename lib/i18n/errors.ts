import "server-only";

import { UserError } from "@/lib/actions/user-error";
import { LOYALTY_ERRORS, LoyaltyError } from "@/lib/loyalty/errors";
import { currentLocaleOrDefault, translatorFor } from "./translator";

// Expected failures reach forms in the reader's language; the engine and the POS API keep
// their English sentences (the API's JSON errors are for developers).
// i18n-keys: errors.loyalty.invalid_input errors.loyalty.member_not_found errors.loyalty.member_inactive
// i18n-keys: errors.loyalty.reward_not_found errors.loyalty.purchase_not_found errors.loyalty.voucher_not_found
// i18n-keys: errors.loyalty.action_not_found errors.loyalty.insufficient_points errors.loyalty.negative_balance
// i18n-keys: errors.loyalty.out_of_stock errors.loyalty.limit_reached errors.loyalty.reward_unavailable
// i18n-keys: errors.loyalty.tier_locked errors.loyalty.currency_mismatch errors.loyalty.duplicate_purchase
// i18n-keys: errors.loyalty.refund_exceeds_purchase errors.loyalty.already_used errors.loyalty.voucher_cancelled
// i18n-keys: errors.loyalty.expired errors.loyalty.self_referral errors.loyalty.action_limit_reached
// i18n-keys: errors.loyalty.idempotency_conflict

/** What a form shows for a failed action: the error's own sentence translated, or the generic one. */
export async function userFacingMessage(error: unknown): Promise<string> {
  const t = translatorFor(await currentLocaleOrDefault());
  if (error instanceof LoyaltyError) {
    // A sentence thrown with the code is more specific than the code's own: keep it.
    return error.message === LOYALTY_ERRORS[error.code].message ? t(`errors.loyalty.${error.code}`) : error.message;
  }
  if (error instanceof UserError) {
    return error.messageKey && t.has(error.messageKey) ? t(error.messageKey, error.values) : error.message;
  }
  return t("errors.generic");
}

/**
 * Zod messages of member forms are catalog keys ("errors.field.phone"); this turns every one
 * found in next-safe-action's formatted errors into the reader's language. Other messages pass.
 */
export async function translateValidationErrors<T>(errors: T): Promise<T> {
  const t = translatorFor(await currentLocaleOrDefault());
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map((message) => (typeof message === "string" && t.has(message) ? t(message) : message));
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  return walk(errors) as T;
}
