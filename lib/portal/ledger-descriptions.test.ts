import { describe, expect, it } from "vitest";
import { describeLedgerEntry, type DescribableEntry } from "./ledger-descriptions";

describe("describeLedgerEntry", () => {
  const cases: [DescribableEntry, string][] = [
    [{ kind: "EARN", points: 22, reason: null }, "Points for your purchase"],
    [{ kind: "EARN", points: 44, reason: "Double Tuesday" }, "Points for your purchase (Double Tuesday)"],
    [{ kind: "REDEEM", points: -50, reason: "Paid part of the bill with points", purchaseId: "p1" }, "Paid part of a bill with points"],
    [{ kind: "BONUS", points: 25, reason: "Welcome bonus" }, "Welcome bonus"],
    [{ kind: "BONUS", points: 25, reason: "  " }, "Bonus points"],
    [{ kind: "REDEEM", points: -30, reason: "Free size upgrade" }, "Redeemed: Free size upgrade"],
    [{ kind: "REDEEM", points: -30, reason: null }, "Redeemed a reward"],
    [{ kind: "EXPIRE", points: -12, reason: null }, "Points expired"],
    [{ kind: "REVERSAL", points: -10, reason: "Refund" }, "Points taken back for a refund"],
    [{ kind: "REVERSAL", points: 30, reason: "Voucher cancelled" }, "Points returned: Voucher cancelled"],
    [{ kind: "ADJUST", points: 5, reason: "Missed stamp" }, "Adjusted by the shop: Missed stamp"],
  ];
  it.each(cases)("%o → %s", (entry, text) => {
    expect(describeLedgerEntry(entry)).toBe(text);
  });
});
