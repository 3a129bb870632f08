// POST /api/v1/purchases: a sale for a member (memberId or the card's QR token) or, with
// neither, a non-member sale recorded for analytics. The receipt id (externalId) is unique
// per business, so a till's retry of the same receipt returns the first result.
import { memberIdFromCardToken } from "@/lib/api/card-token";
import { apiRoute } from "@/lib/api/handler";
import { purchaseBody, type PurchaseResponse } from "@/lib/api/schemas";
import { enqueueAfterPurchase } from "@/lib/api/webhooks/enqueue";
import { recordPurchase } from "@/lib/loyalty/purchases";
import { parseInput } from "@/lib/loyalty/schemas";
import { assertMemberEarnAllowed } from "@/lib/security/api-limits";

export const POST = apiRoute({ scope: "purchases:write" }, async ({ caller, body }) => {
  const input = parseInput(purchaseBody, body ?? {});
  const memberId = input.cardToken !== undefined ? await memberIdFromCardToken(input.cardToken, caller.businessId) : input.memberId;
  if (memberId) await assertMemberEarnAllowed(caller, memberId);
  const result = await recordPurchase(
    {
      businessId: caller.businessId,
      memberId: memberId ?? null,
      amountMinor: input.amount,
      currency: input.currency,
      externalId: input.externalId,
      occurredAt: input.occurredAt,
      items: input.items,
      channel: "POS_API",
    },
    { apiKeyId: caller.apiKeyId },
  );
  if (caller.hasWebhooks && !result.replayed) await enqueueAfterPurchase(caller.businessId, result);
  const purchase: PurchaseResponse = {
    purchaseId: result.purchaseId,
    memberId: result.memberId,
    pointsEarned: result.pointsEarned,
    balance: result.balance,
    tier: result.tier,
    stampsAdded: result.stampsAdded,
    vouchersIssued: result.vouchersIssued.map(({ code, rewardName, expiresAt }) => ({ code, rewardName, expiresAt })),
    visitDiscountPercent: result.visitDiscountPercent,
  };
  return { status: 201, body: purchase, headers: result.replayed ? { "Idempotent-Replayed": "true" } : undefined };
});
