// Percentages are stored as basis points (1% = 100 bp); the reader's language decides how a
// percentage is written ("12%", "12 %", "%12").
import { numberFormat } from "@/lib/format/intl";
export function formatPercentBp(basisPoints: number, locale = "en"): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}
