// What the owner's API-key forms may send. Importable by the client forms.
import { z } from "zod";
import { API_SCOPES } from "@/lib/api/api-scopes";

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

export const createApiKeySchema = z.object({
  slug: z.string().min(1),
  name: z.string().trim().min(1, "Name the key after the till or system that uses it.").max(60, "Keep the name under 60 characters."),
  scopes: z.array(z.enum(API_SCOPES)).min(1, "Choose at least one permission.").transform((scopes) => [...new Set(scopes)]),
  rateLimitPerMinute: z
    .number({ error: "The rate limit is a whole number." })
    .int("The rate limit is a whole number.")
    .min(1, "Allow at least 1 request a minute.")
    .max(10_000, "At most 10,000 requests a minute."),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ slug: z.string().min(1), apiKeyId: z.string().min(1).max(64) });
export type RevokeApiKeyInput = z.infer<typeof revokeApiKeySchema>;
