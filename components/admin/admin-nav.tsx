"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  Gift,
  KeyRound,
  LayoutDashboard,
  Megaphone,
  ScanLine,
  ScrollText,
  Settings,
  SlidersHorizontal,
  Store,
  UserCog,
  Users,
  Webhook,
  type LucideIcon,
} from "lucide-react";

import { cn } from "@/lib/utils/cn";

export type AdminRole = "OWNER" | "STAFF";
/** `label` is a key of the adminShell catalog's nav group. */
type NavLink = { path: string; label: string; icon: LucideIcon };

// Staff run the counter and look members up; everything else is the owner's.
// i18n-keys: adminShell.nav.overview adminShell.nav.counter adminShell.nav.members adminShell.nav.program
// i18n-keys: adminShell.nav.rewards adminShell.nav.campaigns adminShell.nav.staff adminShell.nav.audit
// i18n-keys: adminShell.nav.apiKeys adminShell.nav.webhooks adminShell.nav.settings adminShell.nav.businesses
const DAILY: Record<AdminRole, NavLink[]> = {
  OWNER: [
    { path: "", label: "overview", icon: LayoutDashboard },
    { path: "/counter", label: "counter", icon: ScanLine },
    { path: "/members", label: "members", icon: Users },
  ],
  STAFF: [
    { path: "/counter", label: "counter", icon: ScanLine },
    { path: "/members", label: "members", icon: Users },
  ],
};

const OWNER_ONLY: NavLink[] = [
  { path: "/program", label: "program", icon: SlidersHorizontal },
  { path: "/rewards", label: "rewards", icon: Gift },
  { path: "/campaigns", label: "campaigns", icon: Megaphone },
  { path: "/staff", label: "staff", icon: UserCog },
  { path: "/audit", label: "audit", icon: ScrollText },
  { path: "/api-keys", label: "apiKeys", icon: KeyRound },
  { path: "/webhooks", label: "webhooks", icon: Webhook },
  { path: "/settings", label: "settings", icon: Settings },
];

function NavList({ base, links, pathname }: { base: string; links: NavLink[]; pathname: string }) {
  const t = useTranslations("adminShell");
  return (
    <ul className="space-y-0.5">
      {links.map(({ path, label, icon: Icon }) => {
        const href = `${base}${path}`;
        // Overview is the business root, so it is current only on exactly that page.
        const current = path === "" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={current ? "page" : undefined}
              className={cn(
                "flex min-h-11 items-center gap-3 rounded-control px-3 text-sm font-semibold transition-colors",
                current ? "bg-brand-100 text-brand-900" : "text-ink-muted hover:bg-stone-100 hover:text-ink",
              )}
            >
              <Icon aria-hidden="true" className={cn("size-5 shrink-0", current ? "text-brand-700" : "text-stone-500")} />
              {t(`nav.${label}`)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The admin area's links for one business; without a business, a link to the chooser. */
export function AdminNav({ currentSlug, role }: { currentSlug?: string; role?: AdminRole }) {
  const t = useTranslations("adminShell");
  const pathname = usePathname() ?? "";

  if (!currentSlug || !role) {
    return (
      <nav aria-label={t("nav.label")}>
        <NavList base="/admin" links={[{ path: "", label: "businesses", icon: Store }]} pathname={pathname} />
      </nav>
    );
  }

  const base = `/admin/${currentSlug}`;
  return (
    <nav aria-label={t("nav.label")} className="space-y-6">
      <NavList base={base} links={DAILY[role]} pathname={pathname} />
      {role === "OWNER" ? (
        <div>
          <p className="px-3 pb-2 text-xs font-semibold tracking-wider text-ink-muted uppercase">{t("nav.manage")}</p>
          <NavList base={base} links={OWNER_ONLY} pathname={pathname} />
        </div>
      ) : null}
    </nav>
  );
}
