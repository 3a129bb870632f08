import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { chooseLanguageAction } from "@/app/(auth)/language-actions";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { getCurrentUser } from "@/lib/auth/guards";
import { Wordmark } from "@/components/ui/wordmark";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

// The ?notice= and Auth.js's ?error= values this page explains, and their catalog keys.
const NOTICES: Record<string, string> = {
  "check-email": "auth.notices.checkEmail",
  "signed-out": "auth.notices.signedOut",
  "signed-out-everywhere": "auth.notices.signedOutEverywhere",
  "account-deleted": "auth.notices.accountDeleted",
  Verification: "auth.notices.verification",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; notice?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, notice, error } = await searchParams;
  const safeCallback = callbackUrl && /^\/(?![/\\])/.test(callbackUrl) ? callbackUrl : undefined;
  if (await getCurrentUser()) redirect(safeCallback ?? "/continue");
  const [t, tCommon, translate] = await Promise.all([getTranslations("auth"), getTranslations("common"), getTranslations()]);
  const noticeKey = NOTICES[notice ?? ""] ?? NOTICES[error ?? ""];

  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-4 py-12">
      <Link href="/" className="mx-auto mb-8" aria-label={tCommon("home")}>
        <Wordmark />
      </Link>
      <h1 className="mb-2 text-center text-2xl font-semibold text-ink">{t("title")}</h1>
      <p className="mb-8 text-center text-ink-muted">{t("intro")}</p>
      <LoginForm callbackUrl={safeCallback} notice={noticeKey ? translate(noticeKey) : undefined} />
      <LanguageSwitcher save={chooseLanguageAction} className="mt-10 justify-center" />
    </main>
  );
}
