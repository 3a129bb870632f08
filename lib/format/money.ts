// Money is integer minor units everywhere; only display turns it into a formatted amount.
const minorDigitsCache = new Map<string, number>();

export function minorUnitDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

export function formatMoney(amountMinor: number, currency: string, locale = "en"): string {
  const digits = minorUnitDigits(currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amountMinor / 10 ** digits);
}

export function formatPoints(points: number, locale = "en"): string {
  return new Intl.NumberFormat(locale).format(points);
}
