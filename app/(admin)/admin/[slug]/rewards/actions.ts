"use server";
import { revalidatePath } from "next/cache";
import { ownerAction } from "@/lib/actions/safe-action";
import { createReward, setRewardArchived, updateReward } from "@/lib/admin/rewards";
import { createRewardSchema, setRewardArchivedSchema, updateRewardSchema } from "@/lib/admin/rewards-schemas";

function refresh(slug: string) {
  revalidatePath(`/admin/${slug}/rewards`, "layout");
  revalidatePath(`/portal/${slug}/rewards`);
}

export const createRewardAction = ownerAction.inputSchema(createRewardSchema).action(async ({ parsedInput, ctx }) => {
  const { slug: _slug, ...input } = parsedInput;
  const created = await createReward({ businessId: ctx.business.id, actorUserId: ctx.user.id, input });
  refresh(ctx.business.slug);
  return created;
});

export const updateRewardAction = ownerAction.inputSchema(updateRewardSchema).action(async ({ parsedInput, ctx }) => {
  const { slug: _slug, rewardId, ...input } = parsedInput;
  await updateReward({ businessId: ctx.business.id, actorUserId: ctx.user.id, rewardId, input });
  refresh(ctx.business.slug);
  return { rewardId };
});

export const setRewardArchivedAction = ownerAction.inputSchema(setRewardArchivedSchema).action(async ({ parsedInput, ctx }) => {
  await setRewardArchived({ businessId: ctx.business.id, actorUserId: ctx.user.id, rewardId: parsedInput.rewardId, archived: parsedInput.archived });
  refresh(ctx.business.slug);
  return { archived: parsedInput.archived };
});
