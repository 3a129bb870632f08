// What a ledger entry means to the member, as a catalog key and its values (rendered with
// t(key, values) in the reader's language). Pure, so the dashboard, the history page and the
// data export describe entries the same way.
export type DescribableEntry = {
  kind: "EARN" | "BONUS" | "REDEEM" | "EXPIRE" | "REVERSAL" | "ADJUST";
  points: number;
  reason: string | null;
  /** Set on points spent at the till as part of a purchase */
  purchaseId?: string | null;
};

export type LedgerDescription = { key: string; values: { reason?: string } };

// Reasons the engine and the demo seed write in English: shown in the reader's language.
// Any other reason is the shop's own words (a promotion, a reward, an adjustment note).
const ENGINE_REASONS: Record<string, string> = {
  "welcome bonus": "portal.ledger.welcomeBonus",
  "happy birthday!": "portal.ledger.birthdayBonus",
  "happy birthday": "portal.ledger.birthdayBonus",
  "welcome bonus for joining through a friend": "portal.ledger.referredBonus",
  "joined through a friend": "portal.ledger.referredBonus",
  "thank you for referring a friend": "portal.ledger.referralBonus",
  "voucher cancelled": "portal.ledger.returnedCancelled",
  "voucher expired": "portal.ledger.returnedExpired",
  "voucher expired unused": "portal.ledger.returnedExpired",
};

export function describeLedgerEntry(entry: DescribableEntry): LedgerDescription {
  const reason = entry.reason?.trim() || null;
  const known = reason ? ENGINE_REASONS[reason.toLowerCase()] : undefined;
  switch (entry.kind) {
    case "EARN":
      // The engine writes the promotions that boosted a purchase as its reason.
      return reason ? { key: "portal.ledger.earnWithReason", values: { reason } } : { key: "portal.ledger.earn", values: {} };
    case "BONUS":
      if (known) return { key: known, values: {} };
      return reason ? { key: "portal.ledger.bonusWithReason", values: { reason } } : { key: "portal.ledger.bonus", values: {} };
    case "REDEEM":
      if (entry.purchaseId) return { key: "portal.ledger.paidWithPoints", values: {} };
      return reason ? { key: "portal.ledger.redeemedWithReason", values: { reason } } : { key: "portal.ledger.redeemed", values: {} };
    case "EXPIRE":
      return { key: "portal.ledger.expired", values: {} };
    case "REVERSAL":
      // A reversal is a refund taking back points, or a cancelled voucher giving them back.
      if (entry.points < 0) return { key: "portal.ledger.refunded", values: {} };
      if (known) return { key: known, values: {} };
      return reason ? { key: "portal.ledger.returnedWithReason", values: { reason } } : { key: "portal.ledger.returned", values: {} };
    case "ADJUST":
      return reason ? { key: "portal.ledger.adjustedWithReason", values: { reason } } : { key: "portal.ledger.adjusted", values: {} };
  }
}
