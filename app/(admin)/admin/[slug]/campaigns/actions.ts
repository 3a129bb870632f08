"use server";
import { revalidatePath } from "next/cache";
import { ownerAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";
import { sendTestEmail, updateCampaignSettings } from "@/lib/email/campaigns";
import { inviteToEvent } from "@/lib/email/events";
import { inviteToEventSchema, sendTestEmailSchema, updateCampaignSettingsSchema } from "@/lib/email/schemas";

export const updateCampaignSettingsAction = ownerAction.inputSchema(updateCampaignSettingsSchema).action(async ({ parsedInput, ctx }) => {
  const { slug: _slug, ...settings } = parsedInput;
  await updateCampaignSettings(ctx.business.id, settings);
  revalidatePath(`/admin/${ctx.business.slug}/campaigns`);
  return { saved: true };
});

export const sendTestEmailAction = ownerAction.inputSchema(sendTestEmailSchema).action(async ({ parsedInput, ctx }) => {
  await sendTestEmail(ctx.business.id, parsedInput.kind, ctx.user.email);
  revalidatePath(`/admin/${ctx.business.slug}/campaigns`);
  return { sentTo: ctx.user.email };
});

export const inviteToEventAction = ownerAction.inputSchema(inviteToEventSchema).action(async ({ parsedInput, ctx }) => {
  const { slug: _slug, ...invitation } = parsedInput;
  const result = await inviteToEvent(ctx.business.id, invitation);
  if (!result.ok) throw new UserError(result.message);
  revalidatePath(`/admin/${ctx.business.slug}/campaigns`);
  return { queued: result.queued };
});
