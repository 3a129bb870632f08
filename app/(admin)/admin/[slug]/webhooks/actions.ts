"use server";
import { revalidatePath } from "next/cache";
import { ownerAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";
import {
  createWebhookEndpoint,
  createWebhookEndpointSchema,
  deleteWebhookEndpoint,
  setWebhookEndpointActive,
  webhookEndpointIdSchema,
} from "@/lib/api/webhooks/endpoints";
import { z } from "zod";

export const createWebhookEndpointAction = ownerAction.inputSchema(createWebhookEndpointSchema).action(async ({ parsedInput, ctx }) => {
  const created = await createWebhookEndpoint(ctx.business.id, parsedInput);
  if (!created.ok) throw new UserError(created.message);
  revalidatePath(`/admin/${ctx.business.slug}/webhooks`);
  return { secret: created.secret };
});

export const setWebhookEndpointActiveAction = ownerAction
  .inputSchema(webhookEndpointIdSchema.extend({ active: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    if (!(await setWebhookEndpointActive(ctx.business.id, parsedInput.endpointId, parsedInput.active))) throw new UserError("No such endpoint.");
    revalidatePath(`/admin/${ctx.business.slug}/webhooks`);
    return { active: parsedInput.active };
  });

export const deleteWebhookEndpointAction = ownerAction.inputSchema(webhookEndpointIdSchema).action(async ({ parsedInput, ctx }) => {
  if (!(await deleteWebhookEndpoint(ctx.business.id, parsedInput.endpointId))) throw new UserError("No such endpoint.");
  revalidatePath(`/admin/${ctx.business.slug}/webhooks`);
  return { deleted: true };
});
