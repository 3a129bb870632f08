// POST /api/v1/redemptions: spend a member's points on a catalog reward; answers the voucher.
import { apiRoute } from "@/lib/api/handler";
import { redemptionBody } from "@/lib/api/schemas";
import { enqueueVoucherIssued } from "@/lib/api/webhooks/enqueue";
import { redeemReward } from "@/lib/loyalty/redeem";
import { parseInput } from "@/lib/loyalty/schemas";
import { assertMemberRedeemAllowed } from "@/lib/security/api-limits";

export const POST = apiRoute({ scope: "redemptions:write" }, async ({ caller, body, idempotencyKey }) => {
  const input = parseInput(redemptionBody, body ?? {});
  await assertMemberRedeemAllowed(caller, input.memberId);
  const redeemed = await redeemReward(
    { businessId: caller.businessId, memberId: input.memberId, rewardId: input.rewardId, idempotencyKey: idempotencyKey && `api/${idempotencyKey}` },
    { apiKeyId: caller.apiKeyId },
  );
  if (caller.hasWebhooks && !redeemed.replayed) await enqueueVoucherIssued(caller.businessId, [redeemed.redemptionId]);
  const { redemptionId, code, rewardName, pointsSpent, balance, expiresAt } = redeemed;
  return { status: 201, body: { redemptionId, code, rewardName, pointsSpent, balance, expiresAt } };
});
