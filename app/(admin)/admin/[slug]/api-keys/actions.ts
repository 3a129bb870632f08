"use server";
import { revalidatePath } from "next/cache";
import { ownerAction } from "@/lib/actions/safe-action";
import { createApiKey, revokeApiKey } from "@/lib/admin/api-keys";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/admin/api-keys-schemas";

export const createApiKeyAction = ownerAction.inputSchema(createApiKeySchema).action(async ({ parsedInput, ctx }) => {
  const created = await createApiKey({
    businessId: ctx.business.id, actorUserId: ctx.user.id, name: parsedInput.name, scopes: parsedInput.scopes,
    rateLimitPerMinute: parsedInput.rateLimitPerMinute,
  });
  revalidatePath(`/admin/${ctx.business.slug}/api-keys`);
  // The only time the key leaves the server.
  return { key: created.key, prefix: created.prefix };
});

export const revokeApiKeyAction = ownerAction.inputSchema(revokeApiKeySchema).action(async ({ parsedInput, ctx }) => {
  await revokeApiKey({ businessId: ctx.business.id, actorUserId: ctx.user.id, apiKeyId: parsedInput.apiKeyId });
  revalidatePath(`/admin/${ctx.business.slug}/api-keys`);
  return { revoked: true };
});
