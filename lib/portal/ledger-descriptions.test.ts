import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { describeLedgerEntry, type DescribableEntry } from "./ledger-descriptions";

describe("describeLedgerEntry", () => {
  const cases: [DescribableEntry, string, string][] = [
    [{ kind: "EARN", points: 22, reason: null }, "Points for your purchase", "Puncte pentru cumpărătura ta"],
    [{ kind: "EARN", points: 44, reason: "Double Tuesday" }, "Points for your purchase (Double Tuesday)", "Puncte pentru cumpărătura ta (Double Tuesday)"],
    [{ kind: "REDEEM", points: -50, reason: "Paid part of the bill with points", purchaseId: "p1" }, "Paid part of a bill with points", "Ai plătit o parte din notă cu puncte"],
    [{ kind: "BONUS", points: 25, reason: "Welcome bonus" }, "Welcome bonus", "Bonus de bun venit"],
    [{ kind: "BONUS", points: 100, reason: "Happy birthday!" }, "Birthday bonus", "Bonus de ziua ta"],
    [{ kind: "BONUS", points: 30, reason: "Referred Ana" }, "Referred Ana", "Referred Ana"],
    [{ kind: "BONUS", points: 25, reason: "  " }, "Bonus points", "Puncte bonus"],
    [{ kind: "REDEEM", points: -30, reason: "Free size upgrade" }, "Redeemed: Free size upgrade", "Recompensă revendicată: Free size upgrade"],
    [{ kind: "REDEEM", points: -30, reason: null }, "Redeemed a reward", "Ai revendicat o recompensă"],
    [{ kind: "EXPIRE", points: -12, reason: null }, "Points expired", "Puncte expirate"],
    [{ kind: "REVERSAL", points: -10, reason: "Refund" }, "Points taken back for a refund", "Puncte retrase pentru o returnare"],
    [{ kind: "REVERSAL", points: 30, reason: "Voucher cancelled" }, "Points returned: voucher cancelled", "Puncte înapoiate: voucher anulat"],
    [{ kind: "REVERSAL", points: 30, reason: "Wrong item" }, "Points returned: Wrong item", "Puncte înapoiate: Wrong item"],
    [{ kind: "ADJUST", points: 5, reason: "Missed stamp" }, "Adjusted by the shop: Missed stamp", "Ajustat de magazin: Missed stamp"],
  ];
  it.each(cases)("%o reads “%s” in English and “%s” in Romanian", (entry, english, romanian) => {
    const { key, values } = describeLedgerEntry(entry);
    expect(translatorFor("en")(key, values)).toBe(english);
    expect(translatorFor("ro")(key, values)).toBe(romanian);
  });

  it("keeps the shop's own words but never shows an engine sentence untranslated", () => {
    expect(describeLedgerEntry({ kind: "BONUS", points: 25, reason: "Welcome bonus" })).toEqual({ key: "portal.ledger.welcomeBonus", values: {} });
    expect(describeLedgerEntry({ kind: "ADJUST", points: 5, reason: "Missed stamp" }).values).toEqual({ reason: "Missed stamp" });
  });
});
