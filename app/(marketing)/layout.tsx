import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

import { chooseLanguageAction, saveLanguageAction } from "@/app/(auth)/language-actions";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";

import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";
import { getCurrentUser } from "@/lib/auth/guards";

export default async function MarketingLayout({ children }: { children: ReactNode }) {
  const [t, tCommon, user] = await Promise.all([getTranslations("landing"), getTranslations("common"), getCurrentUser()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-40 print:hidden border-b border-line/80 bg-canvas/90 backdrop-blur supports-[backdrop-filter]:bg-canvas/75">
        <div className="container-page flex h-16 items-center justify-between gap-4">
          <Link href="/" className="rounded-control" aria-label={tCommon("home")}>
            <Wordmark />
          </Link>
          <nav aria-label={t("nav.label")} className="flex items-center gap-1 sm:gap-2">
            <Link
              href="/#how-it-works"
              className="hidden rounded-control px-3 py-2 text-sm font-semibold text-ink-muted hover:text-ink sm:inline-block"
            >
              {t("nav.howItWorks")}
            </Link>
            <Link
              href="/join/kape-suki"
              className="hidden rounded-control px-3 py-2 text-sm font-semibold text-ink-muted hover:text-ink sm:inline-block"
            >
              {t("nav.demo")}
            </Link>
            {/* Signed in, the choice follows the account; a visitor's stays in this browser. */}
            <LanguageSwitcher save={user ? saveLanguageAction : chooseLanguageAction} />
            <Button asChild variant="secondary" size="sm">
              <Link href="/login">{t("signIn")}</Link>
            </Button>
          </nav>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="flex-1">
        {children}
      </main>

      <footer className="border-t border-line bg-brand-50 print:hidden">
        <div className="container-page grid gap-8 py-10 sm:grid-cols-[1fr_auto] sm:items-start">
          <div className="max-w-md space-y-3">
            <Wordmark />
            <p className="text-sm text-ink-muted">
              {t.rich("footer.about", {
                suki: (chunks) => (
                  <span lang="fil" className="italic">
                    {chunks}
                  </span>
                ),
              })}
            </p>
          </div>
          <nav aria-label={t("footer.label")}>
            <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
              <li>
                <Link href="/join/kape-suki" className="text-brand-700 underline-offset-4 hover:underline">
                  {t("seeDemo")}
                </Link>
              </li>
              <li>
                <Link href="/login" className="text-brand-700 underline-offset-4 hover:underline">
                  {t("signIn")}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <div className="border-t border-line">
          <p className="container-page py-4 text-xs text-ink-muted">
            {t("footer.selfHosted")}
          </p>
        </div>
      </footer>
    </div>
  );
}
