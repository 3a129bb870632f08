// The arithmetic of DESIGN.md §6 on aggregates the SQL already computed. Pure, so the page,
// the CSV export and the tests share one definition. Any share of nothing is null (shown
// as "—"), never a division by zero; money comes out in whole minor units.

/** numerator / denominator, or null when the denominator is not positive. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** (E − N) / S: members active at the end who were active at the start, over those at the start. */
export function retentionRate(retained: number, activeAtStart: number): number | null {
  return ratio(retained, activeAtStart);
}

export function complement(share: number | null): number | null {
  return share === null ? null : 1 - share;
}

/** Average order value in minor units: revenue / orders. */
export function averageOrder(revenueMinor: number, orders: number): number | null {
  const average = ratio(revenueMinor, orders);
  return average === null ? null : Math.round(average);
}

/** (redeemed to date + forecast) / issued to date, at most 100%. */
export function ultimateRedemptionRate(redeemed: number, forecast: number, issued: number): number | null {
  const urr = ratio(redeemed + forecast, issued);
  return urr === null ? null : Math.min(1, Math.max(0, urr));
}

/** Unexpired points × URR × cost per point, in minor units. */
export function outstandingLiability(unexpiredPoints: number, urr: number | null, pointValueMinor: number): number | null {
  return urr === null ? null : Math.round(unexpiredPoints * urr * pointValueMinor);
}

export type RoiInput = {
  days: number;
  memberOrders: number;
  aovMembersMinor: number | null;
  aovNonMembersMinor: number | null;
  pointsRedeemed: number;
  pointValueMinor: number;
  programCostMonthlyMinor: number;
  emailsSent: number;
  emailCostPerThousandMinor: number;
};

export type Roi = {
  /** Member orders × (member AOV − non-member AOV); null without both averages */
  valueMinor: number | null;
  rewardCostMinor: number;
  programCostMinor: number;
  emailCostMinor: number;
  investmentMinor: number;
  /** value / investment; null when either is unknown or nothing was invested */
  roi: number | null;
};

/**
 * Loyalty ROI = value generated / investment. The value is the members' extra spend per order
 * over non-members, times their orders; the investment is the rewards (points redeemed × cost
 * per point), the program's running cost for the period's share of a year, and the email.
 */
export function loyaltyRoi(input: RoiInput): Roi {
  const valueMinor =
    input.aovMembersMinor === null || input.aovNonMembersMinor === null ? null : input.memberOrders * (input.aovMembersMinor - input.aovNonMembersMinor);
  const rewardCostMinor = Math.max(0, input.pointsRedeemed) * input.pointValueMinor;
  const programCostMinor = Math.round((input.programCostMonthlyMinor * 12 * input.days) / 365);
  const emailCostMinor = Math.round((input.emailsSent * input.emailCostPerThousandMinor) / 1000);
  const investmentMinor = rewardCostMinor + programCostMinor + emailCostMinor;
  return {
    valueMinor,
    rewardCostMinor,
    programCostMinor,
    emailCostMinor,
    investmentMinor,
    roi: valueMinor === null ? null : ratio(valueMinor, investmentMinor),
  };
}

export type Change = { direction: "up" | "down" | "same"; /** relative change, null when the previous value was 0 */ relative: number | null; absolute: number };

/** How a figure moved from the previous period; null when either side is unknown. */
export function change(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  const absolute = current - previous;
  const direction = Math.abs(absolute) < 1e-9 ? "same" : absolute > 0 ? "up" : "down";
  return { direction, relative: previous === 0 ? null : absolute / Math.abs(previous), absolute };
}
