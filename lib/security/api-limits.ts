// The POS API's side of the per-member abuse limits (lib/security/limits.ts): a refusal is the
// API's documented 429 with Retry-After and a sentence saying which limit was hit.
import "server-only";
import type { ApiCaller } from "@/lib/api/auth";
import { ApiError } from "@/lib/api/errors";
import { countMemberEarn, countMemberRedeem, type LimitDecision } from "./limits";

function refuse(decision: LimitDecision): void {
  if (decision.allowed) return;
  throw new ApiError("rate_limited", { message: decision.message, headers: { "Retry-After": String(decision.retryAfterSeconds) } });
}

/** Purchases and credited actions for one member (POST /purchases, POST /actions). */
export async function assertMemberEarnAllowed(caller: ApiCaller, memberId: string): Promise<void> {
  refuse(await countMemberEarn(caller.businessId, memberId, { apiKeyId: caller.apiKeyId }));
}

/** Redemptions for one member (POST /redemptions). */
export async function assertMemberRedeemAllowed(caller: ApiCaller, memberId: string): Promise<void> {
  refuse(await countMemberRedeem(caller.businessId, memberId, { apiKeyId: caller.apiKeyId }));
}
