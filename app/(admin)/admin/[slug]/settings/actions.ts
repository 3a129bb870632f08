"use server";
import { revalidatePath } from "next/cache";

import { ownerAction } from "@/lib/actions/safe-action";
import { updateBusinessSettings } from "@/lib/admin/business-settings";
import { updateBusinessSettingsSchema } from "@/lib/admin/business-settings-schemas";

export const updateBusinessSettingsAction = ownerAction.inputSchema(updateBusinessSettingsSchema).action(async ({ parsedInput, ctx }) => {
  const { slug: _slug, ...settings } = parsedInput;
  const result = await updateBusinessSettings({ businessId: ctx.business.id, actorUserId: ctx.user.id, settings });
  // The name shows in every admin page's menu and on the join page.
  revalidatePath("/admin", "layout");
  revalidatePath(`/join/${ctx.business.slug}`);
  return result;
});
