// POST /api/v1/purchases/{id}/refunds: refund part (amount) or the rest of a purchase; the
// points it earned are reversed in proportion.
import { apiRoute } from "@/lib/api/handler";
import { refundBody } from "@/lib/api/schemas";
import { refundPurchase } from "@/lib/loyalty/refunds";
import { parseInput } from "@/lib/loyalty/schemas";

export const POST = apiRoute<{ id: string }>({ scope: "purchases:write" }, async ({ caller, params, body, idempotencyKey }) => {
  const input = parseInput(refundBody, body ?? {});
  const refund = await refundPurchase(
    { businessId: caller.businessId, purchaseId: params.id.slice(0, 65), amountMinor: input.amount, idempotencyKey: idempotencyKey && `api/${idempotencyKey}` },
    { apiKeyId: caller.apiKeyId },
  );
  return { status: 201, body: { refundId: refund.refundId, refundedAmount: refund.refundedMinor, pointsReversed: refund.pointsReversed, balance: refund.balance } };
});
