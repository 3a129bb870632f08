import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LogOut } from "lucide-react";

import { LanguageSwitcher, type LanguageSwitcherProps } from "@/components/i18n/language-switcher";
import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";
import { PortalNav } from "./portal-nav";

export type PortalShellProps = {
  user: { name: string | null; email: string };
  /** The member's programs, in the order they joined; the first one is the default. */
  programs: { slug: string; name: string }[];
  /** A server action that signs the user out. */
  signOut: () => Promise<void>;
  /** A server action that saves the person's language (saveLanguageAction). */
  saveLanguage: LanguageSwitcherProps["save"];
  children: ReactNode;
};

/** The member portal's frame: top bar, navigation (bottom tabs on phones) and the main region. */
export async function PortalShell({ user, programs, signOut, saveLanguage, children }: PortalShellProps) {
  const t = await getTranslations("portal");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-40 border-b border-line bg-canvas/90 pt-[env(safe-area-inset-top)] backdrop-blur">
        <div className="container-page flex h-14 items-center justify-between gap-3 sm:h-16">
          <div className="flex items-center gap-6">
            <Link href="/portal" className="rounded-control" aria-label={t("shell.home")}>
              <Wordmark />
            </Link>
            <PortalNav variant="top" programSlugs={programs.map((p) => p.slug)} />
          </div>
          <div className="flex min-w-0 items-center gap-2">
            <p className="hidden max-w-48 truncate text-sm text-ink-muted lg:block" title={user.email}>
              {user.name ?? user.email}
            </p>
            <LanguageSwitcher save={saveLanguage} />
            <form action={signOut}>
              <Button type="submit" variant="ghost" size="sm">
                <LogOut aria-hidden="true" />
                <span className="sr-only sm:not-sr-only">{t("shell.signOut")}</span>
              </Button>
            </form>
          </div>
        </div>
      </header>

      {/* Bottom padding keeps the last content clear of the phone tab bar. */}
      <main id="main" tabIndex={-1} className="container-page flex-1 pt-6 pb-28 sm:pt-8 sm:pb-12">
        {children}
      </main>

      <PortalNav variant="bottom" programSlugs={programs.map((p) => p.slug)} />
    </div>
  );
}
