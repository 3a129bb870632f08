// POST /api/v1/vouchers/{code}/use: mark a voucher used at the till (409 already used,
// 410 expired).
import { apiRoute } from "@/lib/api/handler";
import { enqueueVoucherUsed } from "@/lib/api/webhooks/enqueue";
import { useVoucher } from "@/lib/loyalty/voucher-use";

export const POST = apiRoute<{ code: string }>({ scope: "redemptions:write" }, async ({ caller, params }) => {
  const used = await useVoucher({ businessId: caller.businessId, code: params.code.slice(0, 41) }, { apiKeyId: caller.apiKeyId });
  if (caller.hasWebhooks) await enqueueVoucherUsed(caller.businessId, used.redemptionId);
  return { status: 200, body: { code: used.code, rewardName: used.rewardName, memberId: used.memberId, usedAt: used.usedAt } };
});
