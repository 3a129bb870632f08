// The amount a cashier types at the till, read exactly into integer minor units: string
// arithmetic, never a float, and only as many decimals as the currency has (PHP 2, JPY 0).
// Commas are read as thousands separators in proper groups of three ("1,250.50"), or as the
// decimal separator when nothing else fits ("12,50", what a Romanian keypad types); anything
// that could be misread ("4,50.0", "1e3", "-1") is refused rather than guessed.
import { minorUnitDigits } from "@/lib/format/money";

/** The engine's ceiling on one purchase (lib/loyalty/schemas.ts). */
export const MAX_AMOUNT_MINOR = 1_000_000_000;

export type AmountParse =
  | { ok: true; minor: number }
  | { ok: false; reason: "empty" | "format" | "decimals" | "zero" | "too_large" };

const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const PLAIN = /^\d+$/;

export function parseAmountToMinor(text: string, currency: string): AmountParse {
  const digits = minorUnitDigits(currency);
  const value = text.trim();
  if (value === "") return { ok: false, reason: "empty" };
  if (!/^[\d.,]+$/.test(value)) return { ok: false, reason: "format" };

  const split = splitDecimal(value, digits);
  if (!split) return { ok: false, reason: "format" };
  const { whole, fraction } = split;
  if (fraction.length > digits) return { ok: false, reason: "decimals" };

  const wholeDigits = whole.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  // Anything longer cannot be under the ceiling, and would not fit a safe integer either.
  if (wholeDigits.length > 12) return { ok: false, reason: "too_large" };
  const minor = Number(wholeDigits) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  if (minor === 0) return { ok: false, reason: "zero" };
  if (minor > MAX_AMOUNT_MINOR) return { ok: false, reason: "too_large" };
  return { ok: true, minor };
}

function splitDecimal(value: string, digits: number): { whole: string; fraction: string } | null {
  const dots = value.split(".").length - 1;
  if (dots > 1) return null;
  if (dots === 1) {
    const [whole = "", fraction = ""] = value.split(".");
    if (fraction === "" || !PLAIN.test(fraction)) return null;
    return isWhole(whole) ? { whole, fraction } : null;
  }
  if (!value.includes(",")) return { whole: value, fraction: "" };
  // No dot: three digits after each comma are thousands ("1,250"); a single comma with fewer
  // is the decimal separator ("12,50"), as long as the currency has that many decimals.
  // With three-decimal currencies "1,250" could be either, so it is refused.
  if (GROUPED.test(value)) return digits === 3 && value.split(",").length === 2 ? null : { whole: value, fraction: "" };
  const parts = value.split(",");
  if (parts.length !== 2) return null;
  const [whole = "", fraction = ""] = parts;
  if (!PLAIN.test(whole) || !PLAIN.test(fraction) || fraction.length > digits) return null;
  return { whole, fraction };
}

function isWhole(whole: string): boolean {
  return PLAIN.test(whole) || GROUPED.test(whole);
}
