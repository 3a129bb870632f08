import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getBusinessSettings } from "@/lib/admin/business-settings";
import { businessLocaleOptions, currencyOptions, timeZoneOptions } from "@/lib/admin/onboarding-options";
import { requireOwner } from "@/lib/auth/guards";
import { formatMoney } from "@/lib/format/money";
import { SettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings");
  return { title: t("title") };
}

type Props = { params: Promise<{ slug: string }> };

export default async function SettingsPage({ params }: Props) {
  const { slug } = await params;
  const { business } = await requireOwner(slug);
  const [t, locale, page] = await Promise.all([getTranslations("adminSettings"), getLocale(), getBusinessSettings(business!.id)]);
  if (!page) notFound();
  const money = (minor: number) => formatMoney(minor, page.settings.currency, locale);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-ink-muted">{t("intro")}</p>
      </div>
      <SettingsForm
        slug={slug}
        initial={page.settings}
        currencyEditable={page.currencyEditable}
        currencies={currencyOptions(locale)}
        timeZones={timeZoneOptions()}
        languages={businessLocaleOptions()}
      />
      {page.roi ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("roi.title")}</CardTitle>
            <CardDescription>{t("roi.description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-4 sm:grid-cols-2">
              <div>
                <dt className="text-sm text-ink-muted">{t("roi.programCost")}</dt>
                <dd className="text-lg font-semibold tabular-nums">{money(page.roi.programCostMonthlyMinor)}</dd>
              </div>
              <div>
                <dt className="text-sm text-ink-muted">{t("roi.emailCost")}</dt>
                <dd className="text-lg font-semibold tabular-nums">{money(page.roi.emailCostPerThousandMinor)}</dd>
              </div>
            </dl>
            <Link href={`/admin/${slug}`} className="mt-4 inline-block text-sm font-semibold text-brand-700 underline underline-offset-4">
              {t("roi.edit")}
            </Link>
          </CardContent>
        </Card>
      ) : null}
      <p className="text-sm text-ink-muted">
        {t("another")}{" "}
        <Link href="/admin/new" className="font-semibold text-brand-700 underline underline-offset-4">
          {t("anotherLink")}
        </Link>
      </p>
    </div>
  );
}
