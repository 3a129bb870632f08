"use client";

import { useId, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Languages } from "lucide-react";

import { inputClassName } from "@/components/ui/input";
import { localeNames, locales, type Locale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils/cn";

export type LanguageSwitcherProps = {
  /** saveLanguageAction for a signed-in person, chooseLanguageAction for a visitor. */
  save: (input: { locale: Locale }) => Promise<unknown>;
  /** "compact": an icon and the menu (top bars); "field": a visible label above it (profile). */
  variant?: "compact" | "field";
  className?: string;
};

/**
 * The language menu. Each language is named in its own words; picking one saves it and
 * re-renders the page in it (server components included, through router.refresh).
 */
export function LanguageSwitcher({ save, variant = "compact", className }: LanguageSwitcherProps) {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();

  function choose(next: string) {
    const chosen = locales.find((candidate) => candidate === next);
    if (!chosen || chosen === locale) return;
    startTransition(async () => {
      await save({ locale: chosen });
      router.refresh();
    });
  }

  return (
    <div className={cn(variant === "field" ? "space-y-1.5" : "flex items-center gap-1.5", className)}>
      <label htmlFor={id} className={variant === "field" ? "block text-sm font-semibold text-ink" : "sr-only"}>
        {t("language")}
      </label>
      {variant === "compact" ? <Languages aria-hidden="true" className="size-4 shrink-0 text-ink-muted" /> : null}
      <select
        id={id}
        value={locale}
        aria-busy={pending || undefined}
        disabled={pending}
        onChange={(event) => choose(event.target.value)}
        className={
          variant === "field"
            ? cn(inputClassName, "max-w-xs")
            : "h-9 rounded-control border border-line-strong bg-surface px-2 text-sm text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60"
        }
      >
        {locales.map((candidate) => (
          <option key={candidate} value={candidate} lang={candidate}>
            {localeNames[candidate]}
          </option>
        ))}
      </select>
    </div>
  );
}
