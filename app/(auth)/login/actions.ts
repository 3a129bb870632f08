"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/auth/config";
import { signInRetryAfter } from "@/lib/auth/password-sign-in";
import { passwordSignInSchema, signInLinkSchema } from "@/lib/auth/schemas";
import { publicAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";
import { translateValidationErrors } from "@/lib/i18n/errors";
import { signInLinkRefusal, signInLinkRetryAfter } from "@/lib/security/limits";

const wrongPassword = () => new UserError("Wrong email or password.", { key: "errors.wrongPassword" });

export const signInWithPasswordAction = publicAction
  .inputSchema(passwordSignInSchema, { handleValidationErrorsShape: translateValidationErrors })
  .action(async ({ parsedInput: { email, password, callbackUrl } }) => {
    try {
      // Success throws Next's redirect, which next-safe-action passes through.
      await signIn("credentials", { email, password, redirectTo: callbackUrl ?? "/continue" });
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        if (error.code === "rate_limited") {
          const request = new Request("http://local", { headers: await headers() });
          const seconds = await signInRetryAfter(email, clientIp(request));
          const minutes = Math.max(1, Math.ceil(seconds / 60));
          throw new UserError(`Too many failed attempts. Try again in ${minutes} minutes.`, { key: "errors.tooManyAttempts", values: { minutes } });
        }
        throw wrongPassword();
      }
      if (error instanceof AuthError) throw wrongPassword();
      throw error;
    }
    return { signedIn: true };
  });

export const requestSignInLinkAction = publicAction
  .inputSchema(signInLinkSchema, { handleValidationErrorsShape: translateValidationErrors })
  .action(async ({ parsedInput: { email, callbackUrl } }) => {
    const waitSeconds = await signInLinkRetryAfter(email);
    if (waitSeconds > 0) {
      const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
      throw new UserError(signInLinkRefusal(waitSeconds), { key: "errors.tooManyLinks", values: { minutes } });
    }
    try {
      await signIn("resend", { email, redirect: false, redirectTo: callbackUrl ?? "/continue" });
    } catch (error) {
      if (error instanceof AuthError) throw new UserError("We could not send a sign-in link. Please try again.", { key: "errors.linkNotSent" });
      throw error;
    }
    return { sent: true as const };
  });
