// The demo café's program as the settings page holds it (DESIGN.md §8), for the pure tests of
// the program form and its live preview.
import type { ProgramSettings } from "@/lib/admin/program-schemas";

export const KAPE_SETTINGS: ProgramSettings = {
  rules: {
    earnPoints: 1, earnPerMinor: 1_000, rounding: "DOWN", minSpendMinor: 0, qualifyingCategories: ["coffee", "pastry"],
    signupBonus: 25, birthdayBonus: 50, referralBonus: 50, referredBonus: 25, expiryPolicy: "AFTER_EARN", expiryMonths: 12,
    pendingDays: 0, visitDiscountEnabled: true, visitDiscountBaseBp: 500, visitDiscountStepBp: 100, visitDiscountCapBp: 1_500,
    visitDiscountPeriod: "MONTH", tierBasis: "SPEND", tierWindow: "ROLLING_12_MONTHS", tierGraceDays: 30, membershipEnabled: false,
    membershipFeeMinor: 0, membershipCashbackBp: 0, membershipCapMinor: 0, pointValueMinor: 35,
  },
  tiers: [
    { id: "t0", name: "Suki", threshold: 0, multiplierBp: 10_000, perks: "" },
    { id: "t1", name: "Silver Suki", threshold: 500_000, multiplierBp: 12_500, perks: "1.25× points" },
    { id: "t2", name: "Gold Suki", threshold: 1_500_000, multiplierBp: 15_000, perks: "" },
  ],
  punchCards: [{ id: "c1", name: "Coffee card", stampsRequired: 10, stampRule: "VISIT", stampMinorUnit: 10_000, stampItem: null, rewardId: "r1", active: true }],
  promotions: [
    {
      id: "p1", name: "Happy hour", multiplierBp: 20_000, bonusPoints: 0, daysOfWeek: [2], startMinute: 960, endMinute: 1_080,
      startDate: null, endDate: null, category: null, minSpendMinor: 0, active: true,
    },
    {
      id: "p2", name: "Late", multiplierBp: 10_000, bonusPoints: 5, daysOfWeek: [], startMinute: 1_320, endMinute: 1_440,
      startDate: "2030-01-01", endDate: "2030-01-31", category: "coffee", minSpendMinor: 5_000, active: false,
    },
  ],
  loyaltyActions: [{ id: "a1", key: "google-review", name: "Google review", points: 20, maxPerMember: null, active: true }],
};
