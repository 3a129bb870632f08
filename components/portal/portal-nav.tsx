"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Gift, House, QrCode, ReceiptText, UserRound, type LucideIcon } from "lucide-react";

import { cn } from "@/lib/utils/cn";

type NavItem = { href: string; label: string; icon: LucideIcon; current: boolean };

/** The program the member is looking at: the one in the URL, else their first. */
function activeProgramSlug(pathname: string, slugs: string[]): string | undefined {
  const segment = pathname.split("/")[2];
  return segment && slugs.includes(segment) ? segment : slugs[0];
}

type Labels = Record<"home" | "card" | "rewards" | "history" | "profile", string>;

function navItems(pathname: string, slugs: string[], labels: Labels): NavItem[] {
  const slug = activeProgramSlug(pathname, slugs);
  const under = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const items: NavItem[] = [
    {
      href: "/portal",
      label: labels.home,
      icon: House,
      current: pathname === "/portal" || (slug !== undefined && pathname === `/portal/${slug}`),
    },
  ];
  if (slug) {
    for (const [page, label, icon] of [
      ["card", labels.card, QrCode],
      ["rewards", labels.rewards, Gift],
      ["history", labels.history, ReceiptText],
    ] as const) {
      const href = `/portal/${slug}/${page}`;
      items.push({ href, label, icon, current: under(href) });
    }
  }
  items.push({ href: "/portal/profile", label: labels.profile, icon: UserRound, current: under("/portal/profile") });
  return items;
}

/**
 * The member portal's navigation: a row of links in the top bar on larger screens
 * (`variant="top"`) and a bottom tab bar on phones (`variant="bottom"`). Only one of the two
 * is displayed at any width, so each is the page's single "Portal" navigation landmark.
 */
export function PortalNav({ programSlugs, variant }: { programSlugs: string[]; variant: "top" | "bottom" }) {
  const t = useTranslations("portal");
  const pathname = usePathname() ?? "/portal";
  const items = navItems(pathname, programSlugs, {
    home: t("nav.home"),
    card: t("nav.card"),
    rewards: t("nav.rewards"),
    history: t("nav.history"),
    profile: t("nav.profile"),
  });

  if (variant === "top") {
    return (
      <nav aria-label={t("nav.label")} className="hidden sm:block">
        <ul className="flex items-center gap-1">
          {items.map(({ href, label, icon: Icon, current }) => (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 rounded-control px-3 py-2 text-sm font-semibold transition-colors",
                  current ? "bg-brand-100 text-brand-900" : "text-ink-muted hover:bg-stone-100 hover:text-ink",
                )}
              >
                <Icon aria-hidden="true" className="size-4" />
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    );
  }

  return (
    <nav
      aria-label={t("nav.label")}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-line bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur sm:hidden"
    >
      <ul className="mx-auto flex max-w-md">
        {items.map(({ href, label, icon: Icon, current }) => (
          <li key={href} className="flex-1">
            <Link
              href={href}
              aria-current={current ? "page" : undefined}
              className={cn(
                "flex min-h-16 flex-col items-center justify-center gap-1 px-1 text-xs font-semibold transition-colors",
                current ? "text-brand-800" : "text-ink-muted hover:text-ink",
              )}
            >
              <span
                className={cn(
                  "grid h-7 w-12 place-items-center rounded-full transition-colors",
                  current && "bg-brand-100",
                )}
              >
                <Icon aria-hidden="true" className="size-5" strokeWidth={current ? 2.5 : 2} />
              </span>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
