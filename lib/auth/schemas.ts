import { z } from "zod";

// Messages are catalog keys, shown in the reader's language (lib/i18n/errors.ts).

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "errors.field.email" }).max(254));

// Relative callback paths only, so a link cannot bounce a user to another site.
const callbackUrl = z
  .string()
  .regex(/^\/(?![/\\])/, { error: "Bad callback path" })
  .max(500)
  .optional()
  .catch(undefined);

export const passwordSignInSchema = z.object({
  email,
  password: z.string().min(1, { error: "errors.field.password" }).max(200),
  callbackUrl,
});
export type PasswordSignInInput = z.infer<typeof passwordSignInSchema>;

export const signInLinkSchema = z.object({ email, callbackUrl });
export type SignInLinkInput = z.infer<typeof signInLinkSchema>;
