"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
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
type NavLink = { path: string; label: string; icon: LucideIcon };

// Staff run the counter and look members up; everything else is the owner's.
const DAILY: Record<AdminRole, NavLink[]> = {
  OWNER: [
    { path: "", label: "Overview", icon: LayoutDashboard },
    { path: "/counter", label: "Counter", icon: ScanLine },
    { path: "/members", label: "Members", icon: Users },
  ],
  STAFF: [
    { path: "/counter", label: "Counter", icon: ScanLine },
    { path: "/members", label: "Members", icon: Users },
  ],
};

const OWNER_ONLY: NavLink[] = [
  { path: "/program", label: "Program", icon: SlidersHorizontal },
  { path: "/rewards", label: "Rewards", icon: Gift },
  { path: "/campaigns", label: "Campaigns", icon: Megaphone },
  { path: "/staff", label: "Staff", icon: UserCog },
  { path: "/audit", label: "Audit log", icon: ScrollText },
  { path: "/api-keys", label: "API keys", icon: KeyRound },
  { path: "/webhooks", label: "Webhooks", icon: Webhook },
  { path: "/settings", label: "Settings", icon: Settings },
];

function NavList({ base, links, pathname }: { base: string; links: NavLink[]; pathname: string }) {
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
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The admin area's links for one business; without a business, a link to the chooser. */
export function AdminNav({ currentSlug, role }: { currentSlug?: string; role?: AdminRole }) {
  const pathname = usePathname() ?? "";

  if (!currentSlug || !role) {
    return (
      <nav aria-label="Admin">
        <NavList base="/admin" links={[{ path: "", label: "Your businesses", icon: Store }]} pathname={pathname} />
      </nav>
    );
  }

  const base = `/admin/${currentSlug}`;
  return (
    <nav aria-label="Admin" className="space-y-6">
      <NavList base={base} links={DAILY[role]} pathname={pathname} />
      {role === "OWNER" ? (
        <div>
          <p className="px-3 pb-2 text-xs font-semibold tracking-wider text-ink-muted uppercase">Manage</p>
          <NavList base={base} links={OWNER_ONLY} pathname={pathname} />
        </div>
      ) : null}
    </nav>
  );
}
