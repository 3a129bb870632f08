"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { Menu, X } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Wordmark } from "@/components/ui/wordmark";

/**
 * The admin area's top bar below the `lg` breakpoint, with a "Menu" button that unfolds the
 * sidebar's content (business switcher, navigation, account) under it.
 */
export function AdminMobileMenu({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations("adminShell");
  const pathname = usePathname() ?? "";
  // Remember where the menu was opened: moving to another page closes it without an effect.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);

  function close(returnFocus: boolean) {
    setOpenedOn(null);
    if (returnFocus) buttonRef.current?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // Escape inside the business menu closes only that menu.
    if (event.key === "Escape" && !(event.target as Element).closest("[role=menu]")) close(true);
  }

  function handleClickCapture(event: MouseEvent<HTMLDivElement>) {
    // A link to the current page would not change the path, so close on any link click.
    if ((event.target as Element).closest("a[href]")) close(false);
  }

  return (
    <header className="sticky top-0 z-40 border-b border-line bg-surface/95 pt-[env(safe-area-inset-top)] backdrop-blur lg:hidden">
      <div className="flex h-14 items-center gap-3 px-4 sm:px-6">
        <Link href="/admin" className="shrink-0 rounded-control" aria-label={t("home")}>
          <Wordmark />
        </Link>
        <p className="min-w-0 flex-1 truncate text-sm font-semibold text-ink-muted">{title}</p>
        <Button
          ref={buttonRef}
          type="button"
          variant="secondary"
          size="sm"
          aria-expanded={open}
          aria-controls="admin-mobile-menu"
          onClick={() => (open ? close(false) : setOpenedOn(pathname))}
        >
          {open ? <X aria-hidden="true" /> : <Menu aria-hidden="true" />}
          {t("menu")}
        </Button>
      </div>
      <div
        id="admin-mobile-menu"
        hidden={!open}
        onKeyDown={handleKeyDown}
        onClickCapture={handleClickCapture}
        className="max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-t border-line px-4 pt-4 pb-6 shadow-card sm:px-6"
      >
        {children}
      </div>
    </header>
  );
}
