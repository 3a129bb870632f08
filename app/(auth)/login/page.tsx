import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/guards";
import { Wordmark } from "@/components/ui/wordmark";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "check-email": "Check your email: we sent you a sign-in link.",
  "signed-out": "You are signed out.",
  "account-deleted": "Your account is deleted. Thank you for having been a member.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; notice?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, notice, error } = await searchParams;
  const safeCallback = callbackUrl && /^\/(?![/\\])/.test(callbackUrl) ? callbackUrl : undefined;
  if (await getCurrentUser()) redirect(safeCallback ?? "/continue");

  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-4 py-12">
      <Link href="/" className="mx-auto mb-8" aria-label="Suki home">
        <Wordmark />
      </Link>
      <h1 className="mb-2 text-center text-2xl font-semibold text-ink">Sign in</h1>
      <p className="mb-8 text-center text-ink-muted">Members, owners and staff all sign in here.</p>
      <LoginForm callbackUrl={safeCallback} notice={NOTICES[notice ?? ""] ?? NOTICES[error ?? ""]} />
    </main>
  );
}
