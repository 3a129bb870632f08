// Money is integer minor units everywhere; only display turns it into a formatted amount.
import { numberFormat } from "@/lib/format/intl";
const minorDigitsCache = new Map<string, number>();

export function minorUnitDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * The amount the way the reader's language writes it, with the currency's everyday sign
 * where it has one: "₱450.00" (en), "450,00 lei" (ro), "450,00 ₼" (az). A business has one
 * currency, so a narrow sign such as "$" cannot be mistaken for another.
 */
export function formatMoney(amountMinor: number, currency: string, locale = "en"): string {
  const digits = minorUnitDigits(currency);
  return numberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol" }).format(amountMinor / 10 ** digits);
}

export function formatPoints(points: number, locale = "en"): string {
  return numberFormat(locale).format(points);
}
