// The program page's tabs, and which tab shows the field a validation error names.
export const TABS = ["earning", "bonuses", "expiry", "tiers", "punchCards", "promotions", "perks"] as const;
export type TabKey = (typeof TABS)[number];

const RULE_TAB: Record<string, TabKey> = {
  earnPoints: "earning",
  earnPerMinor: "earning",
  rounding: "earning",
  minSpendMinor: "earning",
  qualifyingCategories: "earning",
  pointValueMinor: "earning",
  signupBonus: "bonuses",
  birthdayBonus: "bonuses",
  referralBonus: "bonuses",
  referredBonus: "bonuses",
  expiryPolicy: "expiry",
  expiryMonths: "expiry",
  pendingDays: "expiry",
  tierBasis: "tiers",
  tierWindow: "tiers",
  tierGraceDays: "tiers",
};

const LIST_TAB: Record<string, TabKey> = { tiers: "tiers", punchCards: "punchCards", promotions: "promotions", loyaltyActions: "bonuses" };

export function tabOfPath(path: string): TabKey {
  const [head = "", field = ""] = path.split(".");
  if (head === "rules") return RULE_TAB[field] ?? "perks";
  return LIST_TAB[head] ?? "earning";
}
