"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { toast } from "sonner";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import type { BusinessSettings } from "@/lib/admin/business-settings-schemas";
import type { Option } from "@/lib/admin/onboarding-options";
import { updateBusinessSettingsAction } from "./actions";

// i18n-keys: adminSettings.cadence.marketingGapDays adminSettings.cadence.marketingGapDaysHint adminSettings.cadence.touchEveryDays
// i18n-keys: adminSettings.cadence.touchEveryDaysHint adminSettings.cadence.thankYouDelayMinutes adminSettings.cadence.thankYouDelayMinutesHint

type Props = {
  slug: string;
  initial: BusinessSettings;
  currencyEditable: boolean;
  currencies: { common: Option[]; other: Option[] };
  timeZones: string[];
  languages: { value: string; label: string }[];
};

type Text = Record<keyof BusinessSettings, string>;
const NUMBERS = ["marketingGapDays", "touchEveryDays", "thankYouDelayMinutes"] as const;

function Group({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="space-y-4">{children}</CardContent>
    </Card>
  );
}

export function SettingsForm({ slug, initial, currencyEditable, currencies, timeZones, languages }: Props) {
  const t = useTranslations("adminSettings");
  const [form, setForm] = useState<Text>(() => ({
    ...initial,
    marketingGapDays: String(initial.marketingGapDays),
    touchEveryDays: String(initial.touchEveryDays),
    thankYouDelayMinutes: String(initial.thankYouDelayMinutes),
  }));
  const save = useAction(updateBusinessSettingsAction, {
    onSuccess: ({ data }) => toast.success(data?.changed ? t("saved") : t("nothingChanged")),
  });
  const errors = save.result.validationErrors as Partial<Record<keyof BusinessSettings, { _errors?: string[] }>> | undefined;
  const set = (key: keyof BusinessSettings) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const zoneOptions = timeZones.includes(form.timeZone) ? timeZones : [form.timeZone, ...timeZones];

  function submit(event: FormEvent) {
    event.preventDefault();
    const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);
    save.execute({
      slug,
      ...form,
      locale: form.locale as BusinessSettings["locale"],
      marketingGapDays: whole(form.marketingGapDays),
      touchEveryDays: whole(form.touchEveryDays),
      thankYouDelayMinutes: whole(form.thankYouDelayMinutes),
    });
  }

  const selectProps = (key: "locale" | "timeZone" | "currency") => ({
    className: inputClassName,
    value: form[key],
    onChange: (event: ChangeEvent<HTMLSelectElement>) => set(key)(event.target.value),
  });
  const options = (list: Option[]) => list.map((option) => <option key={option.value} value={option.value}>{option.label}</option>);

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <Group title={t("identity.title")} description={t("identity.description")}>
        <Field label={t("identity.name")} value={form.name} onChange={(event) => set("name")(event.target.value)} error={errors?.name?._errors} />
        <Field label={t("identity.senderName")} description={t("identity.senderNameHint")} value={form.senderName} onChange={(event) => set("senderName")(event.target.value)} error={errors?.senderName?._errors} />
        <Field label={t("identity.brandColor")} description={t("identity.brandColorHint")} error={errors?.brandColor?._errors}>
          {(control) => (
            <div className="flex items-center gap-3">
              <input type="color" aria-label={t("identity.brandColorPicker")} className="h-11 w-14 cursor-pointer rounded-control border border-line-strong bg-surface" value={/^#[0-9a-f]{6}$/i.test(form.brandColor) ? form.brandColor : "#000000"} onChange={(event) => set("brandColor")(event.target.value)} />
              <input {...control} className={inputClassName} value={form.brandColor} onChange={(event) => set("brandColor")(event.target.value)} />
            </div>
          )}
        </Field>
      </Group>
      <Group title={t("place.title")} description={t("place.description")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("place.language")} description={t("place.languageHint")} error={errors?.locale?._errors}>
            {(control) => (
              <select {...control} {...selectProps("locale")}>
                {languages.map((option) => <option key={option.value} value={option.value} lang={option.value}>{option.label}</option>)}
              </select>
            )}
          </Field>
          <Field label={t("place.timeZone")} description={t("place.timeZoneHint")} error={errors?.timeZone?._errors}>
            {(control) => (
              <select {...control} {...selectProps("timeZone")}>
                {zoneOptions.map((zone) => <option key={zone} value={zone}>{zone.replaceAll("_", " ")}</option>)}
              </select>
            )}
          </Field>
        </div>
        <Field label={t("place.currency")} description={currencyEditable ? t("place.currencyHint") : t("place.currencyLocked")} error={errors?.currency?._errors}>
          {(control) => (
            <select {...control} {...selectProps("currency")} disabled={!currencyEditable}>
              <optgroup label={t("place.commonCurrencies")}>{options(currencies.common)}</optgroup>
              <optgroup label={t("place.otherCurrencies")}>{options(currencies.other)}</optgroup>
            </select>
          )}
        </Field>
      </Group>
      <Group title={t("cadence.title")} description={t("cadence.description")}>
        <div className="grid gap-4 sm:grid-cols-3">
          {NUMBERS.map((key) => (
            <Field key={key} label={t(`cadence.${key}`)} description={t(`cadence.${key}Hint`)} inputMode="numeric" value={form[key]} onChange={(event) => set(key)(event.target.value)} error={errors?.[key]?._errors} />
          ))}
        </div>
      </Group>
      {save.result.serverError ? <Alert variant="danger">{save.result.serverError}</Alert> : null}
      <Button type="submit" pending={save.isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
