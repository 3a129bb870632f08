import { getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/admin/charts/chart-figure";
import { CohortHeatmap, type HeatmapRow } from "@/components/admin/charts/cohort-heatmap";
import { LazyBarListChart, LazyMembersChart, LazyPointsChart, LazyRedemptionCurvesChart } from "@/components/admin/charts/lazy-charts";
import type { CurveRow } from "@/components/admin/charts/redemption-curves-chart";
import { formatFigure } from "@/lib/analytics/format";
import { minorUnitDigits } from "@/lib/format/money";
import type { Overview } from "@/lib/analytics/overview";
import type { AnalyticsScope } from "@/lib/analytics/scope";
import { bucketLabel, monthLabel } from "./labels";

type Props = { overview: Overview; scope: AnalyticsScope; currency: string; locale: string };

/** The overview's six charts, each with a summary and its numbers as a table. */
export async function Trends({ overview, scope, currency, locale }: Props) {
  const t = await getTranslations("adminAnalytics");
  const money = (minor: number) => formatFigure(minor, "money", { locale, currency });
  const count = (value: number) => formatFigure(value, "count", { locale, currency });
  const labels = scope.buckets.map((bucket) => bucketLabel(bucket.day, scope.period.bucket, locale));
  const showData = t("charts.showData");

  const members = overview.members.series.map((point) => ({ label: labels[point.bucket]!, joined: point.joined, members: point.members }));
  const points = overview.points.series.map((point) => ({ label: labels[point.bucket]!, issued: point.issued, redeemed: point.redeemed, expired: point.expired }));
  const tierName = (row: { tier: string | null; nonMember?: boolean }) => (row.nonMember ? t("charts.revenueByTier.nonMembers") : (row.tier ?? t("charts.revenueByTier.noTier")));
  const revenue = overview.activity.revenueByTier;
  const tiers = overview.program.tiers;

  const { months, cohortSizes, cells } = overview.retention;
  const heatmap: HeatmapRow[] = months.flatMap((month, cohort) => {
    const size = cohortSizes[cohort]!;
    if (size === 0) return [];
    const label = monthLabel(month, locale);
    return [{
      label,
      size: count(size),
      cells: months.map((_, offset) => {
        if (cohort + offset >= months.length) return null;
        const active = cells.find((cell) => cell.cohort === cohort && cell.offset === offset)?.active ?? 0;
        const share = formatFigure(active / size, "percent", { locale, currency });
        return { share: active / size, text: share, description: t("charts.retention.cell", { share, cohort: label, offset }) };
      }),
    }];
  });
  const offsets = months.map((_, offset) => t("charts.retention.offset", { offset }));

  const cohorts = [...new Set(overview.redemption.curves.map((point) => point.cohort))];
  const maxAge = Math.max(-1, ...overview.redemption.curves.map((point) => point.age));
  const curves: CurveRow[] = Array.from({ length: maxAge + 1 }, (_, age) => {
    const row: CurveRow = { age } as CurveRow;
    for (const cohort of cohorts) row[monthLabel(cohort, locale)] = overview.redemption.curves.find((point) => point.cohort === cohort && point.age === age)?.perMember ?? null;
    return row;
  });
  const cohortNames = cohorts.map((cohort) => monthLabel(cohort, locale));

  return (
    <div className="mt-3 grid gap-4 lg:grid-cols-2">
      <ChartFigure
        id="chart-members"
        title={t("charts.members.title")}
        summary={t("charts.members.summary", { members: overview.members.total, joined: overview.members.joined })}
        showData={showData}
        table={{ caption: t("charts.members.title"), columns: [t("charts.members.date"), t("charts.members.joined"), t("charts.members.total")], rows: members.map((row) => [row.label, count(row.joined), count(row.members)]) }}
      >
        <LazyMembersChart data={members} joinedLabel={t("charts.members.joined")} totalLabel={t("charts.members.total")} />
      </ChartFigure>
      <ChartFigure
        id="chart-points"
        title={t("charts.points.title")}
        summary={t("charts.points.summary", { issued: count(overview.points.current.issued), redeemed: count(overview.points.current.redeemed), expired: count(overview.points.current.expired) })}
        showData={showData}
        table={{
          caption: t("charts.points.title"),
          columns: [t("charts.points.date"), t("charts.points.issued"), t("charts.points.redeemed"), t("charts.points.expired")],
          rows: points.map((row) => [row.label, count(row.issued), count(row.redeemed), count(row.expired)]),
        }}
      >
        <LazyPointsChart data={points} labels={{ issued: t("charts.points.issued"), redeemed: t("charts.points.redeemed"), expired: t("charts.points.expired") }} />
      </ChartFigure>
      <ChartFigure
        id="chart-revenue-by-tier"
        title={t("charts.revenueByTier.title")}
        summary={t("charts.revenueByTier.summary")}
        showData={showData}
        table={{
          caption: t("charts.revenueByTier.title"),
          columns: [t("charts.revenueByTier.tier"), t("charts.revenueByTier.orders"), t("charts.revenueByTier.revenue")],
          rows: revenue.map((row) => [tierName(row), count(row.orders), money(row.revenueMinor)]),
        }}
      >
        {revenue.length > 0 ? (
          <LazyBarListChart data={revenue.map((row) => ({ label: tierName(row), value: row.revenueMinor / 10 ** minorUnitDigits(currency) }))} valueLabel={t("charts.revenueByTier.revenue")} money={{ currency, locale }} />
        ) : (
          <p className="text-sm text-ink-muted">{t("charts.revenueByTier.empty")}</p>
        )}
      </ChartFigure>
      <ChartFigure
        id="chart-tiers"
        title={t("charts.tiers.title")}
        summary={t("charts.tiers.summary")}
        showData={showData}
        table={{ caption: t("charts.tiers.title"), columns: [t("charts.tiers.tier"), t("charts.tiers.members")], rows: tiers.map((row) => [tierName(row), count(row.members)]) }}
      >
        {tiers.some((row) => row.members > 0) ? (
          <LazyBarListChart data={tiers.map((row) => ({ label: tierName(row), value: row.members }))} valueLabel={t("charts.tiers.members")} />
        ) : (
          <p className="text-sm text-ink-muted">{t("charts.tiers.empty")}</p>
        )}
      </ChartFigure>
      <figure aria-labelledby="chart-retention-title" className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5 lg:col-span-2">
        <h3 id="chart-retention-title" className="text-base font-semibold text-ink">
          {t("charts.retention.title")}
        </h3>
        <p className="mt-1 text-sm text-ink-muted">{t("charts.retention.summary")}</p>
        <div className="mt-3">
          {heatmap.length > 0 ? (
            <CohortHeatmap caption={t("charts.retention.title")} cohortLabel={t("charts.retention.cohort")} sizeLabel={t("charts.retention.size")} columns={offsets} rows={heatmap} />
          ) : (
            <p className="text-sm text-ink-muted">{t("charts.retention.empty")}</p>
          )}
        </div>
      </figure>
      <div className="lg:col-span-2">
        <ChartFigure
          id="chart-curves"
          title={t("charts.curves.title")}
          summary={t("charts.curves.summary")}
          showData={showData}
          table={{
            caption: t("charts.curves.title"),
            columns: [t("charts.curves.age"), ...cohortNames],
            rows: curves.map((row) => [row.age, ...cohortNames.map((name) => (row[name] === null || row[name] === undefined ? "" : formatFigure(row[name], "visits", { locale, currency })))]),
          }}
        >
          {cohorts.length > 0 ? (
            <LazyRedemptionCurvesChart data={curves} cohorts={cohortNames} ageLabel={t("charts.curves.age")} />
          ) : (
            <p className="text-sm text-ink-muted">{t("charts.curves.empty")}</p>
          )}
        </ChartFigure>
      </div>
    </div>
  );
}
