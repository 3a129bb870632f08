"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/auth/config";
import { signInRetryAfter } from "@/lib/auth/password-sign-in";
import { passwordSignInSchema, signInLinkSchema } from "@/lib/auth/schemas";
import { publicAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";

const WRONG_PASSWORD = "Wrong email or password.";

export const signInWithPasswordAction = publicAction
  .inputSchema(passwordSignInSchema)
  .action(async ({ parsedInput: { email, password, callbackUrl } }) => {
    try {
      // Success throws Next's redirect, which next-safe-action passes through.
      await signIn("credentials", { email, password, redirectTo: callbackUrl ?? "/continue" });
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        if (error.code === "rate_limited") {
          const request = new Request("http://local", { headers: await headers() });
          const seconds = await signInRetryAfter(email, clientIp(request));
          throw new UserError(`Too many failed attempts. Try again in ${Math.max(1, Math.ceil(seconds / 60))} minutes.`);
        }
        throw new UserError(WRONG_PASSWORD);
      }
      if (error instanceof AuthError) throw new UserError(WRONG_PASSWORD);
      throw error;
    }
    return { signedIn: true };
  });

export const requestSignInLinkAction = publicAction
  .inputSchema(signInLinkSchema)
  .action(async ({ parsedInput: { email, callbackUrl } }) => {
    try {
      await signIn("resend", { email, redirect: false, redirectTo: callbackUrl ?? "/continue" });
    } catch (error) {
      if (error instanceof AuthError) throw new UserError("We could not send a sign-in link. Please try again.");
      throw error;
    }
    return { sent: true as const };
  });
