"use server";
import { revalidatePath } from "next/cache";

import { ownerAction } from "@/lib/actions/safe-action";
import { updateProgramSettingsSchema } from "@/lib/admin/program-schemas";
import { updateProgramSettings } from "@/lib/admin/program-settings";

export const updateProgramSettingsAction = ownerAction.inputSchema(updateProgramSettingsSchema).action(async ({ parsedInput, ctx }) => {
  const { slug: _slug, ...settings } = parsedInput;
  const result = await updateProgramSettings({ businessId: ctx.business.id, actorUserId: ctx.user.id, settings });
  revalidatePath(`/admin/${ctx.business.slug}`, "layout");
  revalidatePath(`/join/${ctx.business.slug}`);
  return result;
});
