import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MailX } from "lucide-react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";
import { findUnsubscribeTarget } from "@/lib/portal/profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unsubscribe");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

/** The page behind "unsubscribe" in every marketing email: works without signing in. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const [target, t, tCommon] = await Promise.all([findUnsubscribeTarget(token), getTranslations("unsubscribe"), getTranslations("common")]);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="container-page flex h-16 items-center">
        <Link href="/" className="rounded-control" aria-label={tCommon("home")}>
          <Wordmark />
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="container-page flex flex-1 items-start justify-center py-12">
        <div className="w-full max-w-md space-y-6 rounded-card border border-line bg-surface p-6 text-center shadow-card">
          <div aria-hidden="true" className="mx-auto grid size-14 place-items-center rounded-full bg-brand-100 text-brand-800">
            <MailX className="size-7" />
          </div>
          {!target ? (
            <>
              <h1 className="text-2xl font-semibold text-ink">{t("invalidTitle")}</h1>
              <p className="text-ink-muted">{t("invalidText")}</p>
              <Button asChild variant="secondary">
                <Link href="/login?callbackUrl=%2Fportal%2Fprofile">{t("signIn")}</Link>
              </Button>
            </>
          ) : done === "1" || target.unsubscribed ? (
            <>
              <h1 className="text-2xl font-semibold text-ink">{t("doneTitle")}</h1>
              <Alert variant="success">{t("doneAlert", { business: target.businessName })}</Alert>
              <p className="text-sm text-ink-muted">{t("doneText")}</p>
            </>
          ) : (
            <>
              <h1 className="text-2xl font-semibold text-ink">{t("confirmTitle", { business: target.businessName })}</h1>
              <p className="text-ink-muted">{t("confirmText", { business: target.businessName })}</p>
              <form method="post" action={`/unsubscribe/${encodeURIComponent(token)}/one-click`}>
                <Button type="submit" size="lg" className="w-full">
                  {t("button")}
                </Button>
              </form>
            </>
          )}
        </div>
      </main>
    </div>
  );
}
