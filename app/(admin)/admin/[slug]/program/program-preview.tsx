"use client";

import { numberFormat } from "@/lib/format/intl";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import type { ProgramSettings } from "@/lib/admin/program-schemas";
import { formatMoneyInput, parseMoney } from "@/lib/admin/program-settings-form";
import { localDateTimeToInstant } from "@/lib/admin/program-settings-dates";
import { previewPurchase } from "@/lib/admin/program-settings-preview";
import { formatMoney } from "@/lib/format/money";

type Props = { settings: ProgramSettings; currency: string; timeZone: string };

/** "A ₱450 purchase by a Silver Suki member earns 56 points", as the owner types. */
export function ProgramPreview({ settings, currency, timeZone }: Props) {
  const t = useTranslations("adminProgram.preview");
  const locale = useLocale();
  const [amount, setAmount] = useState(() => formatMoneyInput(45 * Math.max(1, settings.rules.earnPerMinor || 1), currency));
  const [tier, setTier] = useState(settings.tiers.length > 1 ? "1" : settings.tiers.length === 1 ? "0" : "none");
  const [when, setWhen] = useState("");
  const [now] = useState(() => new Date());

  const amountMinor = parseMoney(amount, currency);
  const tierIndex = tier === "none" || Number(tier) >= settings.tiers.length ? null : Number(tier);
  const at = (when && localDateTimeToInstant(when, timeZone)) || now;
  const preview = Number.isNaN(amountMinor) ? ({ ok: false } as const) : previewPurchase({ settings, amountMinor, tierIndex, at, timeZone });
  const money = (minor: number) => formatMoney(minor, currency, locale);
  // Display only: basis points as the reader's decimals ("1,25" in Romanian).
  const decimal = (value: number) => numberFormat(locale, { maximumFractionDigits: 4 }).format(value);
  const tierName = tierIndex === null ? null : settings.tiers[tierIndex]?.name || t("unnamedTier");

  return (
    <Card className="lg:sticky lg:top-6">
      <CardHeader>
        <CardTitle id="program-preview-title">{t("title")}</CardTitle>
        <p className="text-sm text-ink-muted">{t("description")}</p>
      </CardHeader>
      <CardContent className="space-y-4">
        <Field label={t("amount", { currency })} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
        <Field label={t("tier")}>
          {(control) => (
            <select {...control} className={inputClassName} value={tier} onChange={(event) => setTier(event.target.value)}>
              <option value="none">{t("noTier")}</option>
              {settings.tiers.map((option, index) => (
                <option key={index} value={String(index)}>
                  {option.name || t("unnamedTier")}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("when")} description={t("whenHint", { timeZone })} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />
        <output aria-live="polite" className="block rounded-control bg-brand-50 p-4 text-ink">
          {preview.ok ? (
            <>
              <p className="text-base font-semibold">
                {tierName === null
                  ? t("sentenceNoTier", { amount: money(amountMinor), points: preview.points })
                  : t("sentence", { amount: money(amountMinor), tier: tierName, points: preview.points })}
              </p>
              <ul className="mt-2 space-y-1 text-sm text-ink-muted">
                {preview.belowMinimum ? <li>{t("belowMinimum")}</li> : null}
                <li>{t("base", { points: preview.basePoints, multiplier: decimal(preview.tierMultiplierBp / 10_000) })}</li>
                {preview.promotions.length > 0 ? <li>{t("promotions", { names: preview.promotions.map((name) => name || t("unnamedPromotion")).join(", ") })}</li> : null}
                {preview.points > 0 ? <li>{t("value", { value: money(preview.valueMinor) })}</li> : null}
                {preview.stamps.map((card, index) => (
                  <li key={index}>{t("stamps", { card: card.name || t("unnamedCard"), stamps: card.stamps, required: card.required })}</li>
                ))}
                {preview.capDiscountBp > 0 ? (
                  <li>{t("visitDiscount", { first: decimal(preview.firstVisitDiscountBp / 100), cap: decimal(preview.capDiscountBp / 100) })}</li>
                ) : null}
                {preview.cashbackMinor !== null ? <li>{t("cashback", { value: money(preview.cashbackMinor) })}</li> : null}
              </ul>
            </>
          ) : (
            <p>{t("invalid")}</p>
          )}
        </output>
        <p className="text-xs text-ink-muted">{t("futureOnly")}</p>
      </CardContent>
    </Card>
  );
}
