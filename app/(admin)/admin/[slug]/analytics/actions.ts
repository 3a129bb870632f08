"use server";
import { revalidatePath } from "next/cache";
import { ownerAction } from "@/lib/actions/safe-action";
import { updateRoiInputs } from "@/lib/analytics/roi-inputs";
import { sendWinBackSchema, updateRoiInputsSchema } from "@/lib/analytics/schemas";
import { sendWinBack } from "@/lib/analytics/win-back";

export const updateRoiInputsAction = ownerAction.inputSchema(updateRoiInputsSchema).action(async ({ parsedInput, ctx }) => {
  const { slug: _slug, ...inputs } = parsedInput;
  const saved = await updateRoiInputs({ businessId: ctx.business.id, actorUserId: ctx.user.id, ...inputs });
  revalidatePath(`/admin/${ctx.business.slug}`);
  return saved;
});

export const sendWinBackAction = ownerAction.inputSchema(sendWinBackSchema).action(async ({ parsedInput, ctx }) => {
  await sendWinBack({ businessId: ctx.business.id, memberId: parsedInput.memberId, actorUserId: ctx.user.id });
  revalidatePath(`/admin/${ctx.business.slug}`);
  return { queued: true };
});
