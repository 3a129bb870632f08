// The owner's overview: the independent aggregates run side by side on the pool, then the
// formulas of formulas.ts turn them into figures with the previous period beside them.
import "server-only";
import { activityQuery, type ActivityQuery } from "./activity-query";
import type { FigureUnit } from "./format";
import { averageOrder, complement, loyaltyRoi, outstandingLiability, ratio, retentionRate, ultimateRedemptionRate, type Roi } from "./formulas";
import { membersQuery, type MembersQuery } from "./members-query";
import { pointsQuery, type PointsQuery } from "./points-query";
import { programQuery, type ProgramQuery } from "./program-query";
import { redemptionQuery, type RedemptionQuery } from "./redemption-query";
import type { AnalyticsScope } from "./scope";
import { yearQuery, type AtRiskQuery, type RetentionQuery } from "./year-query";

// Each figure has a label and a formula in the adminAnalytics catalog, read by key:
// i18n-keys: adminAnalytics.metrics.members.label adminAnalytics.metrics.members.formula adminAnalytics.metrics.newMembers.label adminAnalytics.metrics.newMembers.formula
// i18n-keys: adminAnalytics.metrics.activeMembers.label adminAnalytics.metrics.activeMembers.formula adminAnalytics.metrics.activeRate.label adminAnalytics.metrics.activeRate.formula
// i18n-keys: adminAnalytics.metrics.atRisk.label adminAnalytics.metrics.atRisk.formula adminAnalytics.metrics.retentionRate.label adminAnalytics.metrics.retentionRate.formula
// i18n-keys: adminAnalytics.metrics.churnRate.label adminAnalytics.metrics.churnRate.formula adminAnalytics.metrics.repeatRate.label adminAnalytics.metrics.repeatRate.formula
// i18n-keys: adminAnalytics.metrics.visitFrequency.label adminAnalytics.metrics.visitFrequency.formula adminAnalytics.metrics.revenue.label adminAnalytics.metrics.revenue.formula
// i18n-keys: adminAnalytics.metrics.pointsIssued.label adminAnalytics.metrics.pointsIssued.formula adminAnalytics.metrics.pointsRedeemed.label adminAnalytics.metrics.pointsRedeemed.formula
// i18n-keys: adminAnalytics.metrics.pointsExpired.label adminAnalytics.metrics.pointsExpired.formula adminAnalytics.metrics.redemptionRate.label adminAnalytics.metrics.redemptionRate.formula
// i18n-keys: adminAnalytics.metrics.urr.label adminAnalytics.metrics.urr.formula adminAnalytics.metrics.breakage.label adminAnalytics.metrics.breakage.formula
// i18n-keys: adminAnalytics.metrics.forecast.label adminAnalytics.metrics.forecast.formula adminAnalytics.metrics.unexpiredPoints.label adminAnalytics.metrics.unexpiredPoints.formula
// i18n-keys: adminAnalytics.metrics.liability.label adminAnalytics.metrics.liability.formula adminAnalytics.metrics.aovMembers.label adminAnalytics.metrics.aovMembers.formula
// i18n-keys: adminAnalytics.metrics.aovNonMembers.label adminAnalytics.metrics.aovNonMembers.formula adminAnalytics.metrics.roi.label adminAnalytics.metrics.roi.formula
// i18n-keys: adminAnalytics.metrics.roiValue.label adminAnalytics.metrics.roiValue.formula adminAnalytics.metrics.rewardCost.label adminAnalytics.metrics.rewardCost.formula
// i18n-keys: adminAnalytics.metrics.programCost.label adminAnalytics.metrics.programCost.formula adminAnalytics.metrics.emailCost.label adminAnalytics.metrics.emailCost.formula

export type MetricKey =
  | "members" | "newMembers" | "activeMembers" | "activeRate" | "atRisk"
  | "retentionRate" | "churnRate" | "repeatRate" | "visitFrequency" | "revenue"
  | "pointsIssued" | "pointsRedeemed" | "pointsExpired" | "redemptionRate"
  | "urr" | "breakage" | "forecast" | "unexpiredPoints" | "liability"
  | "aovMembers" | "aovNonMembers" | "roi" | "roiValue" | "rewardCost" | "programCost" | "emailCost";

export type Metric = {
  key: MetricKey;
  unit: FigureUnit;
  value: number | null;
  /** Same figure for the previous period; undefined for figures measured only today */
  previous?: number | null;
  /** Which way is good news (for colouring the change) */
  better: "up" | "down" | "neutral";
};

export type Overview = {
  metrics: Record<MetricKey, Metric>;
  roi: Roi;
  roiPrevious: Roi;
  members: MembersQuery;
  activity: ActivityQuery;
  points: PointsQuery;
  redemption: RedemptionQuery;
  retention: RetentionQuery;
  atRisk: AtRiskQuery;
  program: ProgramQuery;
};

/** The named queries of the overview, so the bench can time each one. */
export const OVERVIEW_QUERIES = {
  members: (scope: AnalyticsScope) => membersQuery(scope),
  activity: (scope: AnalyticsScope) => activityQuery(scope),
  points: (scope: AnalyticsScope) => pointsQuery(scope),
  redemption: (scope: AnalyticsScope) => redemptionQuery(scope),
  /** Members at risk and cohort retention: both as of today, from one pass over the last year */
  year: (scope: AnalyticsScope) => yearQuery({ ...scope, atRiskLimit: 10 }),
  program: (scope: AnalyticsScope) => programQuery(scope),
};

export async function getAnalyticsOverview(scope: AnalyticsScope): Promise<Overview> {
  const [members, activity, points, redemption, { atRisk, retention }, program] = await Promise.all([
    OVERVIEW_QUERIES.members(scope),
    OVERVIEW_QUERIES.activity(scope),
    OVERVIEW_QUERIES.points(scope),
    OVERVIEW_QUERIES.redemption(scope),
    OVERVIEW_QUERIES.year(scope),
    OVERVIEW_QUERIES.program(scope),
  ]);
  return { ...computeMetrics({ scope, members, activity, points, redemption, atRisk, program }), members, activity, points, redemption, retention, atRisk, program };
}

type Inputs = { scope: AnalyticsScope; members: MembersQuery; activity: ActivityQuery; points: PointsQuery; redemption: RedemptionQuery; atRisk: AtRiskQuery; program: ProgramQuery };

export function computeMetrics({ scope, members, activity, points, redemption, atRisk, program }: Inputs): Pick<Overview, "metrics" | "roi" | "roiPrevious"> {
  const { inputs } = program;
  const retention = retentionRate(activity.retained, activity.activePrevious);
  const retentionPrevious = retentionRate(activity.retainedPrevious, activity.activeBeforePrevious);
  const aov = averageOrder(activity.members.revenueMinor, activity.members.orders);
  const aovPrevious = averageOrder(activity.membersPrevious.revenueMinor, activity.membersPrevious.orders);
  const aovNon = averageOrder(activity.nonMembers.revenueMinor, activity.nonMembers.orders);
  const aovNonPrevious = averageOrder(activity.nonMembersPrevious.revenueMinor, activity.nonMembersPrevious.orders);
  const urr = ultimateRedemptionRate(redemption.redeemed, redemption.forecast, redemption.issued);
  const roiOf = (current: boolean): Roi =>
    loyaltyRoi({
      days: scope.period.days,
      memberOrders: current ? activity.members.orders : activity.membersPrevious.orders,
      aovMembersMinor: current ? aov : aovPrevious,
      aovNonMembersMinor: current ? aovNon : aovNonPrevious,
      pointsRedeemed: current ? points.current.redeemed : points.previous.redeemed,
      pointValueMinor: inputs.pointValueMinor,
      programCostMonthlyMinor: inputs.programCostMonthlyMinor,
      emailsSent: current ? program.emailsSent : program.emailsSentPrevious,
      emailCostPerThousandMinor: inputs.emailCostPerThousandMinor,
    });
  const roi = roiOf(true);
  const roiPrevious = roiOf(false);

  const m = (key: MetricKey, unit: FigureUnit, value: number | null, previous: number | null | undefined, better: Metric["better"] = "up"): Metric => ({ key, unit, value, previous, better });
  const list: Metric[] = [
    m("members", "count", members.total, members.totalPrevious),
    m("newMembers", "count", members.joined, members.joinedPrevious),
    m("activeMembers", "count", activity.active, activity.activePrevious),
    m("activeRate", "percent", ratio(activity.active, members.total), ratio(activity.activePrevious, members.totalPrevious)),
    m("atRisk", "count", atRisk.count, undefined, "down"),
    m("retentionRate", "percent", retention, retentionPrevious),
    m("churnRate", "percent", complement(retention), complement(retentionPrevious), "down"),
    m("repeatRate", "percent", ratio(activity.repeaters, activity.active), ratio(activity.repeatersPrevious, activity.activePrevious)),
    m("visitFrequency", "visits", ratio(activity.members.orders, activity.active), ratio(activity.membersPrevious.orders, activity.activePrevious)),
    m("revenue", "money", activity.members.revenueMinor + activity.nonMembers.revenueMinor, activity.membersPrevious.revenueMinor + activity.nonMembersPrevious.revenueMinor),
    m("pointsIssued", "points", points.current.issued, points.previous.issued, "neutral"),
    m("pointsRedeemed", "points", points.current.redeemed, points.previous.redeemed),
    m("pointsExpired", "points", points.current.expired, points.previous.expired, "down"),
    m("redemptionRate", "percent", ratio(points.current.redeemed, points.current.issued), ratio(points.previous.redeemed, points.previous.issued)),
    m("urr", "percent", urr, undefined, "neutral"),
    m("breakage", "percent", complement(urr), undefined, "neutral"),
    m("forecast", "points", redemption.forecast, undefined, "neutral"),
    m("unexpiredPoints", "points", program.unexpiredPoints, undefined, "neutral"),
    m("liability", "money", outstandingLiability(program.unexpiredPoints, urr, inputs.pointValueMinor), undefined, "neutral"),
    m("aovMembers", "money", aov, aovPrevious),
    m("aovNonMembers", "money", aovNon, aovNonPrevious, "neutral"),
    m("roi", "ratio", roi.roi, roiPrevious.roi),
    m("roiValue", "money", roi.valueMinor, roiPrevious.valueMinor),
    m("rewardCost", "money", roi.rewardCostMinor, roiPrevious.rewardCostMinor, "neutral"),
    m("programCost", "money", roi.programCostMinor, roiPrevious.programCostMinor, "neutral"),
    m("emailCost", "money", roi.emailCostMinor, roiPrevious.emailCostMinor, "neutral"),
  ];
  return { metrics: Object.fromEntries(list.map((metric) => [metric.key, metric])) as Record<MetricKey, Metric>, roi, roiPrevious };
}
