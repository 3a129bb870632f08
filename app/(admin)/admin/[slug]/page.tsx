import { QrCode } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OnboardingChecklist } from "@/components/admin/onboarding-checklist";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getOnboardingChecklist } from "@/lib/admin/onboarding";
import { getAnalyticsOverview } from "@/lib/analytics/overview";
import { localToday, type PeriodSearch } from "@/lib/analytics/period";
import { analyticsScope } from "@/lib/analytics/scope";
import { requireStaff } from "@/lib/auth/guards";
import { goLiveAction, markOnboardingStepAction } from "../actions";
import { ExportLinks } from "./analytics/exports";
import { MetricGroup } from "./analytics/metric-group";
import { PeopleLists } from "./analytics/people-lists";
import { PeriodPicker } from "./analytics/period-picker";
import { RoiForm } from "./analytics/roi-form";
import { Trends } from "./analytics/trends";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminAnalytics");
  return { title: t("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<PeriodSearch> };

/** The owner's morning overview. Staff have no figures here: they go to the counter. */
export default async function AdminOverviewPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { business } = await requireStaff(slug);
  if (business!.role !== "OWNER") redirect(`/admin/${slug}/counter`);
  const details = business!;
  const scope = analyticsScope({ businessId: business!.id, timeZone: details.timeZone, search: await searchParams });
  const [overview, t, locale, checklist] = await Promise.all([
    getAnalyticsOverview(scope),
    getTranslations("adminAnalytics"),
    getLocale(),
    getOnboardingChecklist(business!.id),
  ]);
  const common = { metrics: overview.metrics, currency: details.currency, locale };

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-ink">{details.name}</h1>
          <p className="mt-1 text-ink-muted">{t("subtitle")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="secondary">
            <Link href={`/join/${slug}/qr`}>
              <QrCode aria-hidden className="size-4" />
              {t("printQr")}
            </Link>
          </Button>
          <Button asChild variant="ghost">
            <Link href={`/join/${slug}`}>{t("openJoin")}</Link>
          </Button>
        </div>
      </div>

      {/* Null once the program is live and the poster was opened: the demo shops never see it. */}
      {checklist ? <OnboardingChecklist slug={slug} checklist={checklist} markStep={markOnboardingStepAction} goLive={goLiveAction} /> : null}

      <PeriodPicker slug={slug} period={scope.period} today={localToday(scope.now, details.timeZone)} timeZone={details.timeZone} locale={locale} />

      <MetricGroup id="members-heading" title={t("sections.members")} keys={["members", "newMembers", "activeMembers", "activeRate", "atRisk", "retentionRate", "churnRate", "repeatRate", "visitFrequency"]} {...common} />
      <MetricGroup id="sales-heading" title={t("sections.sales")} keys={["revenue", "aovMembers", "aovNonMembers"]} {...common} />
      <MetricGroup id="points-heading" title={t("sections.points")} keys={["pointsIssued", "pointsRedeemed", "pointsExpired", "redemptionRate"]} className="mt-3 lg:grid-cols-4" {...common} />
      <MetricGroup id="outlook-heading" title={t("sections.outlook")} note={t("sections.outlookNote")} keys={["urr", "breakage", "forecast", "unexpiredPoints", "liability"]} {...common} />
      <MetricGroup id="roi-heading" title={t("sections.roi")} note={t("sections.roiNote")} keys={["roi", "roiValue", "rewardCost", "programCost", "emailCost"]} {...common}>
        <Card className="mt-4 p-4 sm:p-5">
          <h3 className="text-base font-semibold text-ink">{t("roi.title")}</h3>
          <p className="mt-1 mb-4 text-sm text-ink-muted">{t("roi.description")}</p>
          <RoiForm slug={slug} currency={details.currency} inputs={overview.program.inputs} />
        </Card>
      </MetricGroup>

      <section aria-labelledby="trends-heading">
        <h2 id="trends-heading" className="text-lg font-semibold text-ink">
          {t("sections.trends")}
        </h2>
        <Trends overview={overview} scope={scope} currency={details.currency} locale={locale} />
      </section>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="text-lg font-semibold text-ink">
          {t("sections.people")}
        </h2>
        <PeopleLists slug={slug} overview={overview} currency={details.currency} locale={locale} timeZone={details.timeZone} />
      </section>

      <section aria-labelledby="exports-heading">
        <h2 id="exports-heading" className="text-lg font-semibold text-ink">
          {t("sections.exports")}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t("sections.exportsNote")}</p>
        <ExportLinks slug={slug} period={scope.period} />
      </section>
    </div>
  );
}
