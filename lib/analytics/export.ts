// The overview's tables and figures as CSV rows, for the downloads. Each dataset runs only the
// query it needs; lists that the page shortens (top members, members at risk) come whole or
// much longer. Money is in major units of the currency (named in the header), shares in per cent.
import "server-only";
import { minorUnitDigits } from "@/lib/format/money";
import type { Translator } from "@/lib/i18n/translator";
import { activityQuery } from "./activity-query";
import type { CsvValue } from "./csv";
import { membersQuery } from "./members-query";
import { getAnalyticsOverview, type MetricKey } from "./overview";
import { pointsQuery } from "./points-query";
import { programQuery } from "./program-query";
import { redemptionQuery } from "./redemption-query";
import type { ExportDataset } from "./schemas";
import type { AnalyticsScope } from "./scope";
import { yearQuery } from "./year-query";

const TOP_MEMBERS = 100;

export type ExportTable = { header: string[]; rows: CsvValue[][] };
type Context = { scope: AnalyticsScope; t: Translator; currency: string };

export async function exportDataset(dataset: ExportDataset, context: Context): Promise<ExportTable> {
  const { scope, t, currency } = context;
  const major = (minor: number | null) => (minor === null ? null : minor / 10 ** minorUnitDigits(currency));
  const withCurrency = (label: string) => t("adminAnalytics.csv.withCurrency", { label, currency });
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 10_000) / 100);
  const day = (index: number) => scope.buckets[index]!.day;
  const tierName = (row: { tier: string | null; nonMember?: boolean }) =>
    row.nonMember ? t("adminAnalytics.charts.revenueByTier.nonMembers") : (row.tier ?? t("adminAnalytics.charts.revenueByTier.noTier"));

  switch (dataset) {
    case "figures": {
      const overview = await getAnalyticsOverview(scope);
      const value = (unit: string, raw: number | null | undefined) =>
        raw === undefined || raw === null ? null : unit === "percent" ? percent(raw) : unit === "money" ? major(raw) : unit === "points" || unit === "count" ? raw : Math.round(raw * 1000) / 1000;
      const unitName = (unit: string) => (unit === "percent" ? "%" : unit === "money" ? currency : unit === "ratio" ? "×" : "");
      return {
        header: [t("adminAnalytics.csv.metric"), t("adminAnalytics.csv.value"), t("adminAnalytics.csv.previous"), t("adminAnalytics.csv.unit"), t("adminAnalytics.csv.formula")],
        rows: Object.values(overview.metrics).map((metric) => [
          t(`adminAnalytics.metrics.${metric.key satisfies MetricKey}.label`),
          value(metric.unit, metric.value),
          value(metric.unit, metric.previous),
          unitName(metric.unit),
          t(`adminAnalytics.metrics.${metric.key}.formula`),
        ]),
      };
    }
    case "members-over-time": {
      const members = await membersQuery(scope);
      return {
        header: [t("adminAnalytics.charts.members.date"), t("adminAnalytics.charts.members.joined"), t("adminAnalytics.charts.members.total")],
        rows: members.series.map((point) => [day(point.bucket), point.joined, point.members]),
      };
    }
    case "points-over-time": {
      const points = await pointsQuery(scope);
      return {
        header: [t("adminAnalytics.charts.points.date"), t("adminAnalytics.charts.points.issued"), t("adminAnalytics.charts.points.redeemed"), t("adminAnalytics.charts.points.expired")],
        rows: points.series.map((point) => [day(point.bucket), point.issued, point.redeemed, point.expired]),
      };
    }
    case "revenue-by-tier": {
      const activity = await activityQuery(scope, { topMembers: 0 });
      return {
        header: [t("adminAnalytics.charts.revenueByTier.tier"), t("adminAnalytics.charts.revenueByTier.orders"), withCurrency(t("adminAnalytics.charts.revenueByTier.revenue"))],
        rows: activity.revenueByTier.map((row) => [tierName(row), row.orders, major(row.revenueMinor)]),
      };
    }
    case "tier-distribution": {
      const program = await programQuery(scope);
      return { header: [t("adminAnalytics.charts.tiers.tier"), t("adminAnalytics.charts.tiers.members")], rows: program.tiers.map((row) => [tierName(row), row.members]) };
    }
    case "cohort-retention": {
      const { retention: year } = await yearQuery({ ...scope, atRiskLimit: 0 });
      return {
        header: [t("adminAnalytics.charts.retention.cohort"), t("adminAnalytics.charts.retention.size"), t("adminAnalytics.csv.months"), t("adminAnalytics.csv.active"), t("adminAnalytics.csv.share")],
        rows: year.months.flatMap((month, cohort) => {
          const size = year.cohortSizes[cohort]!;
          if (size === 0) return [];
          return year.months.slice(cohort).map((_, offset) => {
            const active = year.cells.find((cell) => cell.cohort === cohort && cell.offset === offset)?.active ?? 0;
            return [month, size, offset, active, percent(active / size)];
          });
        }),
      };
    }
    case "redemption-cohorts": {
      const redemption = await redemptionQuery(scope);
      return {
        header: [t("adminAnalytics.charts.curves.cohort"), t("adminAnalytics.csv.ageMonths"), t("adminAnalytics.charts.tiers.members"), t("adminAnalytics.csv.earned"), t("adminAnalytics.csv.redeemed"), t("adminAnalytics.csv.open"), t("adminAnalytics.csv.forecast")],
        rows: redemption.cohorts.map((row) => [row.cohort, row.age, row.members, row.earned, row.redeemed, row.open, row.forecast]),
      };
    }
    case "redemption-curves": {
      const redemption = await redemptionQuery({ ...scope, recentCohorts: 1_000 });
      return {
        header: [t("adminAnalytics.charts.curves.cohort"), t("adminAnalytics.charts.curves.age"), t("adminAnalytics.charts.curves.perMember")],
        rows: redemption.curves.map((point) => [point.cohort, point.age, point.perMember]),
      };
    }
    case "top-members": {
      const activity = await activityQuery(scope, { topMembers: TOP_MEMBERS });
      return {
        header: [t("adminAnalytics.csv.number"), t("adminAnalytics.csv.name"), t("adminAnalytics.lists.top.tier"), t("adminAnalytics.lists.top.orders"), withCurrency(t("adminAnalytics.lists.top.revenue")), t("adminAnalytics.lists.top.balance")],
        rows: activity.topMembers.map((member) => [member.number, member.name, member.tier, member.orders, major(member.revenueMinor), member.balance]),
      };
    }
    case "at-risk-members": {
      const { atRisk } = await yearQuery({ ...scope, atRiskLimit: null });
      return {
        header: [
          t("adminAnalytics.csv.number"), t("adminAnalytics.csv.name"), t("adminAnalytics.csv.visits"), t("adminAnalytics.csv.lastVisit"),
          t("adminAnalytics.csv.usualGapDays"), t("adminAnalytics.csv.daysAway"), t("adminAnalytics.lists.top.balance"), t("adminAnalytics.csv.reachable"),
        ],
        rows: atRisk.members.map((member) => [member.number, member.name, member.visits, member.lastVisit, member.usualGapDays, member.daysAway, member.balance, member.reachable]),
      };
    }
    case "rewards": {
      const program = await programQuery(scope);
      return {
        header: [t("adminAnalytics.lists.rewards.reward"), t("adminAnalytics.csv.kind"), t("adminAnalytics.csv.pointsCost"), t("adminAnalytics.lists.rewards.redemptions"), t("adminAnalytics.lists.rewards.points")],
        rows: program.rewards.map((reward) => [reward.name, reward.kind, reward.pointsCost, reward.redemptions, reward.points]),
      };
    }
  }
}
