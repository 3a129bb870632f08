// Auth.js v5: email magic links (through our email layer) and passwords for accounts that
// have one. Sessions are JWTs carrying only the user id; every guard re-reads roles and
// memberships from the database (lib/auth/guards.ts).
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { db } from "@/lib/db/client";
import { sendNow } from "@/lib/email/send";
import { signInLinkEmail } from "@/lib/email/templates/sign-in-link";
import { env } from "@/lib/env.js";
import { log } from "@/lib/log";
import { countSignInLink } from "@/lib/security/limits";
import { signInTimeOf, stampSignInTime } from "@/lib/security/session-time";
import { passwordSignInSchema } from "./schemas";
import { checkPassword } from "./password-sign-in";

export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const authConfig = {
  adapter: PrismaAdapter(db as never),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  secret: env.AUTH_SECRET,
  trustHost: true,
  logger: {
    // A wrong password is an expected answer, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      log.error("auth error", { error });
    },
  },
  pages: { signIn: "/login", verifyRequest: "/login?notice=check-email", error: "/login" },
  providers: [
    Resend({
      // The provider's own sender calls Resend's API at a fixed URL; ours goes through
      // lib/email (Resend SDK, or the dev mailbox).
      from: env.EMAIL_FROM,
      maxAge: 24 * 60 * 60,
      async sendVerificationRequest({ identifier, url }) {
        // Every way of asking for a link ends here, a direct POST to /api/auth/signin/resend too.
        await countSignInLink(identifier);
        const message = await signInLinkEmail({ url, to: identifier });
        await sendNow({ ...message, to: identifier, kind: "sign-in", dedupeKey: `sign-in/${crypto.randomUUID()}` });
      },
    }),
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = passwordSignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await checkPassword(parsed.data.email, parsed.data.password, clientIp(request));
        if (result.status === "rate_limited") throw new SignInRateLimited();
        return result.status === "ok" ? result.user : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // The sign-in time gets a claim of its own: Auth.js renews `iat` on every refresh.
      return stampSignInTime(token, user);
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.issuedAt = signInTimeOf(token);
      return session;
    },
  },
} satisfies NextAuthConfig;

export function clientIp(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

declare module "next-auth" {
  interface Session {
    /** Seconds since the epoch when the person signed in (kept across token refreshes) */
    issuedAt: number;
  }
}
