// Every figure of the overview against values worked out by hand on a small café (the history
// below), plus periods with nothing in them. Today is Monday 15 June 2026, noon in Manila; the
// default period is 17 May – 15 June, the previous one 17 April – 16 May, the one before that
// 18 March – 16 April.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { at, writeHistory, type History } from "@/test/analytics-history";
import { createTestBusiness, ledgerViolations, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { getAnalyticsOverview } from "./overview";
import { analyticsScope } from "./scope";

const NOW = new Date("2026-06-15T04:00:00.000Z");

// A: a regular since January (Gold); B: lapsed after May 1 (Silver); C: joined in the previous
// period; D and E: joined in this one (E never bought); F: at risk (every ~27 days, then
// nothing since 10 April), with a lot from May 2025 that expired on 20 May; G: deleted.
const HISTORY: History = {
  members: [
    { key: "A", joined: "2026-01-10", tierRank: 2, consent: true },
    { key: "B", joined: "2026-02-20", tierRank: 1, consent: true },
    { key: "C", joined: "2026-04-20", tierRank: 0, consent: true },
    { key: "D", joined: "2026-05-20", tierRank: 0, consent: false },
    { key: "E", joined: "2026-06-01", tierRank: 0, consent: true },
    { key: "F", joined: "2025-05-01", tierRank: 0, consent: true },
    { key: "G", joined: "2026-01-05", tierRank: null, consent: false, deleted: true },
  ],
  purchases: [
    { key: "a1", member: "A", when: "2026-03-20", amountMinor: 20_000 },
    { key: "a2", member: "A", when: "2026-04-20", amountMinor: 15_000 },
    { key: "a3", member: "A", when: "2026-05-10", amountMinor: 15_000 },
    { key: "a4", member: "A", when: "2026-05-20", amountMinor: 30_000 },
    { key: "a5", member: "A", when: "2026-06-01", amountMinor: 20_000 },
    { key: "a6", member: "A", when: "2026-06-10", amountMinor: 25_000, refundedMinor: 5_000 },
    { key: "b1", member: "B", when: "2026-04-01", amountMinor: 10_000 },
    { key: "b2", member: "B", when: "2026-05-01", amountMinor: 20_000 },
    { key: "c1", member: "C", when: "2026-04-25", amountMinor: 10_000 },
    { key: "c2", member: "C", when: "2026-06-05", amountMinor: 10_000 },
    { key: "d1", member: "D", when: "2026-05-25", amountMinor: 20_000 },
    { key: "f0", member: "F", when: "2025-05-20", amountMinor: 12_000 },
    { key: "f1", member: "F", when: "2026-02-15", amountMinor: 5_000 },
    { key: "f2", member: "F", when: "2026-03-15", amountMinor: 5_000 },
    { key: "f3", member: "F", when: "2026-04-10", amountMinor: 5_000 },
    { key: "n1", member: null, when: "2026-05-05", amountMinor: 8_000 },
    { key: "n2", member: null, when: "2026-05-30", amountMinor: 10_000 },
    { key: "n3", member: null, when: "2026-06-12", amountMinor: 15_000, refundedMinor: 5_000 },
  ],
  rewards: [
    { key: "pastry", name: "Pastry", pointsCost: 10 },
    { key: "mug", name: "Mug", pointsCost: 40 },
    { key: "cake", name: "Cake", pointsCost: 20 },
    { key: "tote", name: "Tote", pointsCost: 100 },
    { key: "old", name: "Old reward", pointsCost: 5, archived: true },
  ],
  entries: [
    ...["a1", "a2", "a3", "a4", "a5", "a6", "b1", "b2", "c1", "c2", "d1", "f0", "f1", "f2", "f3"].map((purchase) => ({ kind: "EARN" as const, purchase })),
    { kind: "BONUS", member: "A", points: 25, when: "2026-01-10" },
    { kind: "BONUS", member: "D", points: 25, when: "2026-05-20" },
    { kind: "REDEEM", key: "b", member: "B", reward: "cake", points: 20, when: "2026-05-05" },
    { kind: "REDEEM", key: "d", member: "D", reward: "cake", points: 20, when: "2026-05-26" },
    { kind: "REDEEM", key: "a", member: "A", reward: "mug", points: 40, when: "2026-06-02" },
    { kind: "REDEEM", key: "c", member: "C", reward: "pastry", points: 10, when: "2026-06-06", cancelledAt: "2026-06-07" },
    { kind: "REFUND_REVERSAL", purchase: "a6", points: 5, when: "2026-06-11" },
    { kind: "EXPIRE", member: "F", points: 12, when: "2026-05-20T03:00:00.000Z" },
  ],
  emails: [{ sentAt: "2026-05-01" }, { sentAt: "2026-05-20" }, { sentAt: "2026-06-01" }, { sentAt: "2026-06-10" }, { sentAt: null }],
};

async function cafeWithHistory() {
  const cafe = await createTestBusiness({ expiryPolicy: "AFTER_EARN", expiryMonths: 12, pointValueMinor: 50, programCostMonthlyMinor: 36_500, emailCostPerThousandMinor: 2_000 });
  const ids = await writeHistory(cafe.business, HISTORY);
  return { cafe, ids };
}

const overviewOf = (businessId: string, search = {}) => getAnalyticsOverview(analyticsScope({ businessId, timeZone: "Asia/Manila", search, now: NOW }));

describe("the overview on a small café", async () => {
  const { cafe, ids } = await cafeWithHistory();
  const overview = await overviewOf(cafe.business.id);
  const value = (key: keyof typeof overview.metrics) => overview.metrics[key].value;
  const previous = (key: keyof typeof overview.metrics) => overview.metrics[key].previous;

  it("writes a history that keeps the ledger's invariants", async () => {
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("counts members: total, new, active and the active share", () => {
    // Not deleted and joined before the end: A–F; before the period: A, B, C, F.
    expect([value("members"), previous("members")]).toEqual([6, 4]);
    expect([value("newMembers"), previous("newMembers")]).toEqual([2, 1]);
    // Bought in the period: A, C, D; in the previous one: A, B, C.
    expect([value("activeMembers"), previous("activeMembers")]).toEqual([3, 3]);
    expect([value("activeRate"), previous("activeRate")]).toEqual([3 / 6, 3 / 4]);
  });

  it("computes retention as (E − N) / S and churn as the rest", () => {
    // S = {A, B, C} active before; E = {A, C, D}; N = {D} newly active → (3 − 1) / 3.
    expect(value("retentionRate")).toBeCloseTo(2 / 3, 10);
    expect(value("churnRate")).toBeCloseTo(1 / 3, 10);
    // Previous: S = {A, B, F} (18 Mar – 16 Apr), E = {A, B, C}, N = {C} → 2 / 3.
    expect(previous("retentionRate")).toBeCloseTo(2 / 3, 10);
  });

  it("computes repeat purchase rate, visit frequency, revenue and average orders of members and non-members", () => {
    expect(value("repeatRate")).toBeCloseTo(1 / 3, 10); // only A bought twice or more
    expect(value("visitFrequency")).toBeCloseTo(5 / 3, 10); // 5 member purchases by 3 members
    expect(previous("visitFrequency")).toBeCloseTo(4 / 3, 10);
    // Members: 30,000 + 20,000 + (25,000 − 5,000 refunded) + 10,000 + 20,000 = 100,000 over 5.
    expect([value("aovMembers"), previous("aovMembers")]).toEqual([20_000, 15_000]);
    // Non-members: 10,000 + (15,000 − 5,000) over 2; before: one sale of 8,000.
    expect([value("aovNonMembers"), previous("aovNonMembers")]).toEqual([10_000, 8_000]);
    expect([value("revenue"), previous("revenue")]).toEqual([120_000, 68_000]);
  });

  it("sums points issued, redeemed (net of the cancelled voucher) and expired, and the redemption rate", () => {
    // Issued: A 30 + 20 + 25, C 10, D 25 bonus + 20 = 130. Redeemed: 40 + 20 + 10 − 10 given back = 60.
    expect([value("pointsIssued"), value("pointsRedeemed"), value("pointsExpired")]).toEqual([130, 60, 12]);
    expect([previous("pointsIssued"), previous("pointsRedeemed"), previous("pointsExpired")]).toEqual([60, 20, 0]);
    expect(value("redemptionRate")).toBeCloseTo(60 / 130, 10);
    expect(previous("redemptionRate")).toBeCloseTo(20 / 60, 10);
    const series = overview.points.series;
    expect(series).toHaveLength(30);
    expect(series.reduce((sum, bucket) => sum + bucket.issued, 0)).toBe(130);
    expect(series[16]).toMatchObject({ redeemed: 40 }); // 2 June
    expect(series[21]).toMatchObject({ redeemed: -10 }); // 7 June: the pastry voucher given back
  });

  it("forecasts the ultimate redemption rate from the cohort curves, with breakage and liability", () => {
    // Issued to date 267 (lifetime earned), redeemed 80. The pooled curve: at age 0, 20 points
    // over the 6 members of cohorts past it; at age 3, 20 over 4. C (age 2) and D (age 1)
    // expect 5 each within the 12 months their points live; E (age 0) has no open points.
    expect(overview.redemption).toMatchObject({ issued: 267, redeemed: 80, forecast: 10 });
    expect(value("urr")).toBeCloseTo(90 / 267, 10);
    expect(value("breakage")).toBeCloseTo(1 - 90 / 267, 10);
    expect(value("forecast")).toBe(10);
    // Unexpired lots: A 105, B 10, C 20, D 25, F 15 (its May 2025 lot is gone) = 175.
    expect(value("unexpiredPoints")).toBe(175);
    expect(value("liability")).toBe(Math.round(175 * (90 / 267) * 50));
    const cohortC = overview.redemption.cohorts.find((cohort) => cohort.cohort === "2026-04")!;
    expect(cohortC).toMatchObject({ age: 2, members: 1, earned: 20, redeemed: 0, open: 20, forecast: 5 });
    const cohortA = overview.redemption.curves.filter((point) => point.cohort === "2026-01");
    expect(cohortA.map((point) => point.perMember)).toEqual([0, 0, 0, 0, 0, 20]); // A and G: 40 points at age 5
    expect(overview.redemption.pooled.slice(0, 4).map((point) => point.perMember)).toEqual([3.33, 0, 0, 5]);
  });

  it("computes loyalty ROI from its inputs", () => {
    // Value: 5 member purchases × (20,000 − 10,000). Investment: 60 points × 50 + 36,500 × 12 × 30 / 365
    // + 3 emails × 2,000 / 1,000 = 3,000 + 36,000 + 6.
    expect(overview.roi).toEqual({ valueMinor: 50_000, rewardCostMinor: 3_000, programCostMinor: 36_000, emailCostMinor: 6, investmentMinor: 39_006, roi: 50_000 / 39_006 });
    expect(previous("roi")).toBeCloseTo((4 * 7_000) / (1_000 + 36_000 + 2), 10);
  });

  it("finds the member at risk, ready for a win-back", () => {
    expect(value("atRisk")).toBe(1);
    expect(overview.atRisk.members).toEqual([
      { id: ids.memberId("F"), number: 1006, name: "Member F", visits: 3, lastVisit: at("2026-04-10").toISOString(), usualGapDays: 27, daysAway: 66, balance: 15, reachable: true, winBackQueued: false },
    ]);
  });

  it("builds the cohort retention grid from the last twelve months", () => {
    expect(overview.retention.months[0]).toBe("2025-07");
    expect(overview.retention.cohortSizes).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1]);
    expect(overview.retention.cells).toEqual([
      { cohort: 6, offset: 2, active: 1 }, { cohort: 6, offset: 3, active: 1 }, { cohort: 6, offset: 4, active: 1 }, { cohort: 6, offset: 5, active: 1 },
      { cohort: 7, offset: 2, active: 1 }, { cohort: 7, offset: 3, active: 1 },
      { cohort: 9, offset: 0, active: 1 }, { cohort: 9, offset: 2, active: 1 },
      { cohort: 10, offset: 0, active: 1 },
    ]);
  });

  it("lists tiers, revenue by tier, top members and rewards by redemptions", () => {
    expect(overview.program.tiers.map((tier) => [tier.tier, tier.members])).toEqual([["Suki", 4], ["Silver", 1], ["Gold", 1]]);
    expect(overview.activity.revenueByTier.map((row) => [row.tier, row.nonMember, row.orders, row.revenueMinor])).toEqual([
      ["Suki", false, 2, 30_000],
      ["Gold", false, 3, 70_000],
      [null, true, 2, 20_000],
    ]);
    expect(overview.activity.topMembers.map((member) => [member.name, member.orders, member.revenueMinor, member.balance])).toEqual([
      ["Member A", 3, 70_000, 105],
      ["Member D", 1, 20_000, 25],
      ["Member C", 1, 10_000, 20],
    ]);
    // The cancelled pastry does not count; the archived reward is left out.
    expect(overview.program.rewards.map((reward) => [reward.name, reward.redemptions])).toEqual([
      ["Cake", 1], ["Mug", 1], ["Free coffee", 0], ["Pastry", 0], ["Tote", 0],
    ]);
  });

  it("charts members over the period", () => {
    const series = overview.members.series;
    expect(series[0]).toEqual({ bucket: 0, joined: 0, members: 4 });
    expect(series[3]).toEqual({ bucket: 3, joined: 1, members: 5 }); // D on 20 May
    expect(series[29]).toEqual({ bucket: 29, joined: 0, members: 6 });
  });

  it("leaves another business's figures alone", async () => {
    const other = await createTestBusiness();
    const empty = await overviewOf(other.business.id);
    expect(empty.metrics.members.value).toBe(0);
    expect(empty.atRisk.members).toEqual([]);
  });
});

describe("periods with nothing in them", () => {
  it("answer zero counts and null shares (shown as —), never a division by zero", async () => {
    const { cafe } = await cafeWithHistory();
    const overview = await overviewOf(cafe.business.id, { from: "2024-01-01", to: "2024-01-31" });
    const values = Object.fromEntries(Object.entries(overview.metrics).map(([key, metric]) => [key, metric.value]));
    expect(values).toMatchObject({
      members: 0, newMembers: 0, activeMembers: 0, activeRate: null, retentionRate: null, churnRate: null, repeatRate: null, visitFrequency: null,
      revenue: 0, pointsIssued: 0, pointsRedeemed: 0, pointsExpired: 0, redemptionRate: null, aovMembers: null, aovNonMembers: null, roi: null, roiValue: null,
    });
    expect(overview.metrics.retentionRate.previous).toBeNull();
  });

  it("give a business without members no URR, no liability and no cohorts", async () => {
    const cafe = await createTestBusiness();
    const overview = await overviewOf(cafe.business.id);
    expect(overview.metrics.urr.value).toBeNull();
    expect(overview.metrics.breakage.value).toBeNull();
    expect(overview.metrics.liability.value).toBeNull();
    expect(overview.metrics.atRisk.value).toBe(0);
    expect(overview.redemption.cohorts).toEqual([]);
    expect(overview.retention.cohortSizes).toEqual(Array(12).fill(0));
    expect(await db.member.count({ where: { businessId: cafe.business.id } })).toBe(0);
  });
});
