"use client";

import Link from "next/link";
import { Check, ChevronsUpDown, Store } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useTranslations } from "next-intl";

import { cn } from "@/lib/utils/cn";

type Business = { slug: string; name: string; role: "OWNER" | "STAFF" };

// i18n-keys: adminShell.roles.OWNER adminShell.roles.STAFF

/** Which business the admin area acts on. A menu when there are several, a label otherwise. */
export function BusinessSwitcher({ businesses, currentSlug }: { businesses: Business[]; currentSlug?: string }) {
  const t = useTranslations("adminShell");
  const current = businesses.find((b) => b.slug === currentSlug);
  const roleLabel = (role: Business["role"]) => t(`roles.${role}`);

  const summary = (
    <>
      <span
        aria-hidden="true"
        className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-100 text-brand-800"
      >
        <Store className="size-5" />
      </span>
      <span className="min-w-0 flex-1 text-left">
        <span className="block truncate text-sm font-semibold text-ink">{current?.name ?? t("switcher.choose")}</span>{" "}
        {current ? <span className="block text-xs text-ink-muted">{roleLabel(current.role)}</span> : null}
      </span>
    </>
  );

  if (businesses.length <= 1) {
    return <div className="flex items-center gap-3 rounded-control px-2 py-2">{summary}</div>;
  }

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex w-full items-center gap-3 rounded-control border border-line bg-surface px-2 py-2 shadow-xs transition-colors hover:border-line-strong data-[state=open]:border-brand-600"
      >
        <span className="sr-only">{t("switcher.srLabel")} </span>
        {summary}
        <ChevronsUpDown aria-hidden="true" className="size-4 shrink-0 text-ink-muted" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className="z-50 w-[var(--radix-dropdown-menu-trigger-width)] min-w-56 rounded-control border border-line bg-surface p-1 shadow-card"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-semibold text-ink-muted">
            {t("switcher.label")}
          </DropdownMenu.Label>
          {businesses.map((b) => {
            const selected = b.slug === currentSlug;
            return (
              <DropdownMenu.Item key={b.slug} asChild>
                <Link
                  href={`/admin/${b.slug}`}
                  aria-current={selected ? "page" : undefined}
                  className={cn(
                    "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-2 text-sm outline-none",
                    "data-[highlighted]:bg-brand-50 data-[highlighted]:text-ink",
                    selected ? "font-semibold text-ink" : "text-ink",
                  )}
                >
                  <span className="min-w-0 flex-1 truncate">{b.name}</span>{" "}
                  <span className="text-xs text-ink-muted">{roleLabel(b.role)}</span>
                  <Check aria-hidden="true" className={cn("size-4 text-brand-700", !selected && "invisible")} />
                </Link>
              </DropdownMenu.Item>
            );
          })}
          <DropdownMenu.Separator className="my-1 h-px bg-line" />
          <DropdownMenu.Item asChild>
            <Link
              href="/admin"
              className="flex min-h-11 cursor-pointer items-center rounded-lg px-2 text-sm text-ink outline-none data-[highlighted]:bg-brand-50"
            >
              {t("switcher.all")}
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
