import { describe, expect, it } from "vitest";
import { averageOrder, change, complement, loyaltyRoi, outstandingLiability, ratio, retentionRate, ultimateRedemptionRate } from "./formulas";

describe("shares of nothing", () => {
  it("are null, never a division by zero", () => {
    expect(ratio(3, 0)).toBeNull();
    expect(retentionRate(0, 0)).toBeNull();
    expect(complement(null)).toBeNull();
    expect(averageOrder(0, 0)).toBeNull();
    expect(ultimateRedemptionRate(0, 0, 0)).toBeNull();
    expect(outstandingLiability(500, null, 35)).toBeNull();
  });
});

describe("formulas", () => {
  it("computes retention as (E − N) / S and churn as its complement", () => {
    expect(retentionRate(3, 4)).toBe(0.75);
    expect(complement(0.75)).toBe(0.25);
  });

  it("rounds an average order to whole minor units", () => {
    expect(averageOrder(1000, 3)).toBe(333);
  });

  it("caps the URR at 100% and prices the liability as unexpired × URR × cost per point", () => {
    expect(ultimateRedemptionRate(300, 100, 1000)).toBe(0.4);
    expect(ultimateRedemptionRate(900, 300, 1000)).toBe(1);
    expect(outstandingLiability(1000, 0.4, 35)).toBe(14_000);
  });

  it("computes loyalty ROI as value / investment with the program cost for the period's share of a year", () => {
    const roi = loyaltyRoi({
      days: 365,
      memberOrders: 100,
      aovMembersMinor: 25_000,
      aovNonMembersMinor: 20_000,
      pointsRedeemed: 1_000,
      pointValueMinor: 35,
      programCostMonthlyMinor: 10_000,
      emailsSent: 2_000,
      emailCostPerThousandMinor: 5_000,
    });
    expect(roi).toEqual({ valueMinor: 500_000, rewardCostMinor: 35_000, programCostMinor: 120_000, emailCostMinor: 10_000, investmentMinor: 165_000, roi: 500_000 / 165_000 });
    expect(loyaltyRoi({ ...baseRoi, aovNonMembersMinor: null }).roi).toBeNull();
    expect(loyaltyRoi({ ...baseRoi, pointsRedeemed: 0, programCostMonthlyMinor: 0, emailsSent: 0 }).roi).toBeNull();
    expect(loyaltyRoi({ ...baseRoi, days: 30, programCostMonthlyMinor: 36_500 }).programCostMinor).toBe(36_000);
  });

  it("describes a change from the previous period", () => {
    expect(change(120, 100)).toEqual({ direction: "up", relative: 0.2, absolute: 20 });
    expect(change(80, 100)).toEqual({ direction: "down", relative: -0.2, absolute: -20 });
    expect(change(5, 0)).toEqual({ direction: "up", relative: null, absolute: 5 });
    expect(change(5, 5)?.direction).toBe("same");
    expect(change(null, 5)).toBeNull();
  });
});

const baseRoi = {
  days: 30,
  memberOrders: 10,
  aovMembersMinor: 100,
  aovNonMembersMinor: 90,
  pointsRedeemed: 10,
  pointValueMinor: 10,
  programCostMonthlyMinor: 0,
  emailsSent: 0,
  emailCostPerThousandMinor: 0,
};
