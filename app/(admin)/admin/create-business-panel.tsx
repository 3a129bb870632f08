import { getLocale, getTranslations } from "next-intl/server";

import { Card, CardContent } from "@/components/ui/card";
import { businessLocaleOptions, currencyOptions, timeZoneOptions } from "@/lib/admin/onboarding-options";
import { env } from "@/lib/env.js";
import { isLocale } from "@/lib/i18n/locales";
import { CreateBusinessForm } from "./create-business-form";

/** The onboarding form with its heading; `first` when the person has no business yet. */
export async function CreateBusinessPanel({ first }: { first: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("adminOnboarding.create"), getLocale()]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-semibold text-ink">{first ? t("titleFirst") : t("titleAnother")}</h1>
      <p className="mt-1 text-ink-muted">{t("intro")}</p>
      <Card className="mt-6">
        <CardContent>
          <CreateBusinessForm
            currencies={currencyOptions(locale)}
            timeZones={timeZoneOptions()}
            languages={businessLocaleOptions()}
            defaultLocale={isLocale(locale) ? locale : "en"}
            appUrl={env.APP_URL}
          />
        </CardContent>
      </Card>
    </div>
  );
}
