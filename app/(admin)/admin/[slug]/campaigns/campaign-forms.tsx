"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { EmailKind } from "@/lib/email/kinds";
import { sendTestEmailAction, updateCampaignSettingsAction } from "./actions";

type Settings = { disabled: EmailKind[]; expiringWarnDays: number; thankYouDelayMinutes: number; marketingGapDays: number; touchEveryDays: number };

export function CampaignSettingsForm({ slug, settings, kinds }: { slug: string; settings: Settings; kinds: { kind: EmailKind; label: string }[] }) {
  const t = useTranslations("adminCampaigns");
  const tErrors = useTranslations("errors");
  const [enabled, setEnabled] = useState(kinds.map((k) => k.kind).filter((kind) => !settings.disabled.includes(kind)));
  const [numbers, setNumbers] = useState({
    thankYouDelayMinutes: String(settings.thankYouDelayMinutes),
    marketingGapDays: String(settings.marketingGapDays),
    touchEveryDays: String(settings.touchEveryDays),
    expiringWarnDays: String(settings.expiringWarnDays),
  });
  const save = useAction(updateCampaignSettingsAction);
  const errors = save.result.validationErrors as Partial<Record<keyof typeof numbers, { _errors?: string[] }>> | undefined;
  const error = save.result.serverError ?? (errors && Object.keys(errors).every((key) => !(key in numbers)) ? tErrors("generic") : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const asInt = (value: string) => (/^\d+$/.test(value) ? Number(value) : Number.NaN);
    save.execute({
      slug,
      enabled: enabled as never,
      thankYouDelayMinutes: asInt(numbers.thankYouDelayMinutes),
      marketingGapDays: asInt(numbers.marketingGapDays),
      touchEveryDays: asInt(numbers.touchEveryDays),
      expiringWarnDays: asInt(numbers.expiringWarnDays),
    });
  }
  const number = (name: keyof typeof numbers, label: string, description: string) => (
    <Field
      label={label}
      description={description}
      inputMode="numeric"
      required
      value={numbers[name]}
      onChange={(event) => setNumbers((current) => ({ ...current, [name]: event.target.value }))}
      error={errors?.[name]?._errors}
    />
  );

  return (
    <form onSubmit={submit} className="space-y-5" aria-live="polite">
      <fieldset>
        <legend className="text-sm font-semibold text-ink">{t("settings.kindsLegend")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {kinds.map(({ kind, label }) => (
            <label key={kind} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={enabled.includes(kind)}
                onChange={(event) => setEnabled((current) => (event.target.checked ? [...current, kind] : current.filter((item) => item !== kind)))}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {number("thankYouDelayMinutes", t("settings.thankYouDelay"), t("settings.thankYouDelayHint"))}
        {number("marketingGapDays", t("settings.marketingGap"), t("settings.marketingGapHint"))}
        {number("touchEveryDays", t("settings.touchEvery"), t("settings.touchEveryHint"))}
        {number("expiringWarnDays", t("settings.expiringWarn"), t("settings.expiringWarnHint"))}
      </div>
      {error ? <Alert variant="danger">{error}</Alert> : null}
      {save.result.data ? <Alert variant="success">{t("settings.saved")}</Alert> : null}
      <Button type="submit" pending={save.isPending}>
        {t("settings.save")}
      </Button>
    </form>
  );
}

export function SendTestButton({ slug, kind, label }: { slug: string; kind: EmailKind; label: string }) {
  const t = useTranslations("adminCampaigns");
  const send = useAction(sendTestEmailAction);
  return (
    <div className="flex flex-wrap items-center gap-3" aria-live="polite">
      <Button type="button" variant="secondary" size="sm" aria-label={t("test.label", { kind: label })} pending={send.isPending} onClick={() => send.execute({ slug, kind })}>
        {t("test.button")}
      </Button>
      {send.result.data ? <span className="text-sm text-green-800">{t("test.sent", { email: send.result.data.sentTo })}</span> : null}
      {send.result.serverError ? <span className="text-sm text-red-700">{send.result.serverError}</span> : null}
    </div>
  );
}
