import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LogOut } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";
import { AdminMobileMenu } from "./admin-mobile-menu";
import { AdminNav } from "./admin-nav";
import { BusinessSwitcher } from "./business-switcher";

export type AdminShellProps = {
  user: { name: string | null; email: string };
  /** Every business the user works for, with their role there. */
  businesses: { slug: string; name: string; role: "OWNER" | "STAFF" }[];
  /** The business the page acts on; omit on pages that are about no single business. */
  currentSlug?: string;
  /** A server action that signs the user out. */
  signOut: () => Promise<void>;
  children: ReactNode;
};

/**
 * The admin area's frame: a sidebar on large screens and a top bar with a collapsible menu
 * below that. The links shown follow the user's role in the current business (staff get the
 * counter and members only); the pages still check the role themselves.
 */
export async function AdminShell({ user, businesses, currentSlug, signOut, children }: AdminShellProps) {
  const t = await getTranslations("adminShell");
  const current = businesses.find((b) => b.slug === currentSlug);

  const navigation = (
    <div className="space-y-6">
      <BusinessSwitcher businesses={businesses} currentSlug={current?.slug} />
      <AdminNav currentSlug={current?.slug} role={current?.role} />
    </div>
  );

  const account = (
    <div className="space-y-2 border-t border-line pt-4">
      <div className="min-w-0 px-2">
        <p className="truncate text-sm font-semibold text-ink">{user.name ?? user.email}</p>
        {user.name ? <p className="truncate text-xs text-ink-muted">{user.email}</p> : null}
      </div>
      <form action={signOut}>
        <Button type="submit" variant="ghost" size="sm" className="w-full justify-start px-2">
          <LogOut aria-hidden="true" />
          {t("signOut")}
        </Button>
      </form>
    </div>
  );

  return (
    <div className="min-h-dvh">
      <header className="hidden border-r border-line bg-surface lg:fixed lg:inset-y-0 lg:left-0 lg:flex lg:w-64 lg:flex-col lg:px-4 lg:py-5">
        <Link href="/admin" className="self-start rounded-control px-2" aria-label={t("home")}>
          <Wordmark />
        </Link>
        {/* The padding keeps focus rings inside the scrolling box, which would clip them. */}
        <div className="-mx-2 mt-4 flex-1 overflow-y-auto px-2 py-2">{navigation}</div>
        <div className="mt-4">{account}</div>
      </header>

      <AdminMobileMenu title={current?.name ?? t("title")}>
        <div className="space-y-6">
          {navigation}
          {account}
        </div>
      </AdminMobileMenu>

      <main id="main" tabIndex={-1} className="lg:pl-64">
        <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-10">{children}</div>
      </main>
    </div>
  );
}
