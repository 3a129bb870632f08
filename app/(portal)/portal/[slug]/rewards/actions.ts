"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";
import { redeemReward } from "@/lib/loyalty/redeem";
import { formatVoucherCode } from "@/lib/loyalty/rules/voucher-code";
import { redeemRewardFormSchema } from "@/lib/portal/schemas";
import { limitMemberRedeem } from "@/lib/security/limits";

export const redeemRewardAction = memberAction
  .inputSchema(redeemRewardFormSchema)
  .action(async ({ parsedInput: { slug, rewardId, confirmationId }, ctx: { user, programs } }) => {
    const program = programs.find((candidate) => candidate.slug === slug);
    if (!program) throw new UserError("You are not a member of this program.", { key: "errors.notAMember" });
    await limitMemberRedeem(program.businessId, program.memberId, { userId: user.id });
    // The key ties a retry or a double click of one confirmation to one redemption.
    const result = await redeemReward(
      { businessId: program.businessId, memberId: program.memberId, rewardId, idempotencyKey: `portal-redeem/${program.memberId}/${confirmationId}` },
      { userId: user.id },
    );
    revalidatePath(`/portal/${slug}`, "layout");
    return { redemptionId: result.redemptionId, code: formatVoucherCode(result.code), rawCode: result.code, rewardName: result.rewardName, balance: result.balance, expiresAt: result.expiresAt };
  });
