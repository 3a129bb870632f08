"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore, type FormEvent } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClassName } from "@/components/ui/input";
import { slugify } from "@/lib/admin/onboarding-schemas";
import type { Option } from "@/lib/admin/onboarding-options";
import { checkSlugAction, createBusinessAction } from "./actions";

type Props = {
  currencies: { common: Option[]; other: Option[] };
  timeZones: string[];
  languages: { value: string; label: string }[];
  defaultLocale: string;
  appUrl: string;
};

type Errors = Partial<Record<"name" | "slug" | "currency" | "timeZone" | "locale", { _errors?: string[] }>>;

const noSubscription = () => () => {};

export function CreateBusinessForm({ currencies, timeZones, languages, defaultLocale, appUrl }: Props) {
  const t = useTranslations("adminOnboarding.create");
  const router = useRouter();
  // The browser's zone once hydrated (the server cannot know it); the owner may pick another.
  const browserZone = useSyncExternalStore(noSubscription, () => Intl.DateTimeFormat().resolvedOptions().timeZone, () => null);
  const [chosenZone, setChosenZone] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [currency, setCurrency] = useState("");
  const [locale, setLocale] = useState(defaultLocale);
  const zoneOptions = browserZone && !timeZones.includes(browserZone) ? [browserZone, ...timeZones] : timeZones;
  const timeZone = chosenZone ?? browserZone ?? "UTC";

  const check = useAction(checkSlugAction);
  const create = useAction(createBusinessAction, { onSuccess: ({ data }) => data && router.push(`/admin/${data.slug}/setup`) });
  const errors = create.result.validationErrors as Errors | undefined;
  const availability = check.result.data && check.input?.slug === slug ? check.result.data : null;

  function changeName(value: string) {
    setName(value);
    if (!slugEdited) setSlug(slugify(value));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.execute({ name, slug, currency, timeZone, locale: locale as never });
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <Field
        label={t("name")}
        required
        autoComplete="organization"
        value={name}
        onChange={(event) => changeName(event.target.value)}
        onBlur={() => slug && check.execute({ slug })}
        error={errors?.name?._errors}
      />
      <Field
        label={t("slug")}
        description={t("slugHint", { url: `${appUrl}/join/${slug || "…"}` })}
        required
        autoCapitalize="none"
        spellCheck={false}
        value={slug}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.target.value.toLowerCase());
        }}
        onBlur={() => slug && check.execute({ slug })}
        error={errors?.slug?._errors}
      />
      {availability && !errors?.slug ? (
        <p className="text-sm" role="status">
          {availability.available ? (
            <span className="font-semibold text-green-800">{t("slugAvailable")}</span>
          ) : availability.suggestion ? (
            <>
              <span className="text-red-700">{t("slugTaken")}</span>{" "}
              <Button type="button" variant="link" onClick={() => (setSlug(availability.suggestion!), setSlugEdited(true))}>
                {t("useSuggestion", { slug: availability.suggestion })}
              </Button>
            </>
          ) : (
            <span className="text-red-700">{t("slugUnavailable")}</span>
          )}
        </p>
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("currency")} description={t("currencyHint")} error={errors?.currency?._errors}>
          {(control) => (
            <select {...control} required className={inputClassName} value={currency} onChange={(event) => setCurrency(event.target.value)}>
              <option value="" disabled>
                {t("pickCurrency")}
              </option>
              <optgroup label={t("commonCurrencies")}>
                {currencies.common.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("otherCurrencies")}>
                {currencies.other.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            </select>
          )}
        </Field>
        <Field label={t("timeZone")} description={t("timeZoneHint")} error={errors?.timeZone?._errors}>
          {(control) => (
            <select {...control} className={inputClassName} value={timeZone} onChange={(event) => setChosenZone(event.target.value)}>
              {zoneOptions.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t("language")} description={t("languageHint")} error={errors?.locale?._errors}>
        {(control) => (
          <select {...control} className={inputClassName} value={locale} onChange={(event) => setLocale(event.target.value)}>
            {languages.map((option) => (
              <option key={option.value} value={option.value} lang={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {create.result.serverError ? <Alert variant="danger">{create.result.serverError}</Alert> : null}
      <Button type="submit" size="lg" pending={create.isPending || create.hasSucceeded}>
        {t("submit")}
      </Button>
    </form>
  );
}
