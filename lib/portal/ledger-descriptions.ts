// What a ledger entry means to the member, in one short sentence. Pure, so the dashboard,
// the history page and the data export describe entries the same way.
export type DescribableEntry = {
  kind: "EARN" | "BONUS" | "REDEEM" | "EXPIRE" | "REVERSAL" | "ADJUST";
  points: number;
  reason: string | null;
  /** Set on points spent at the till as part of a purchase */
  purchaseId?: string | null;
};

export function describeLedgerEntry(entry: DescribableEntry): string {
  const reason = entry.reason?.trim() || null;
  switch (entry.kind) {
    case "EARN":
      // The engine writes the promotions that boosted a purchase as its reason.
      return reason ? `Points for your purchase (${reason})` : "Points for your purchase";
    case "BONUS":
      return reason ?? "Bonus points";
    case "REDEEM":
      if (entry.purchaseId) return "Paid part of a bill with points";
      return reason ? `Redeemed: ${reason}` : "Redeemed a reward";
    case "EXPIRE":
      return "Points expired";
    case "REVERSAL":
      // A reversal is a refund taking back points, or a cancelled voucher giving them back.
      return entry.points < 0 ? "Points taken back for a refund" : reason ? `Points returned: ${reason}` : "Points returned";
    case "ADJUST":
      return reason ? `Adjusted by the shop: ${reason}` : "Adjusted by the shop";
  }
}
