import { z } from "zod";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }).max(254));

// Relative callback paths only, so a link cannot bounce a user to another site.
const callbackUrl = z
  .string()
  .regex(/^\/(?![/\\])/, { error: "Bad callback path" })
  .max(500)
  .optional()
  .catch(undefined);

export const passwordSignInSchema = z.object({
  email,
  password: z.string().min(1, { error: "Enter your password." }).max(200),
  callbackUrl,
});
export type PasswordSignInInput = z.infer<typeof passwordSignInSchema>;

export const signInLinkSchema = z.object({ email, callbackUrl });
export type SignInLinkInput = z.infer<typeof signInLinkSchema>;
