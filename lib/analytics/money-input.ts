// Amounts typed by the owner ("5,000.50", "0,35", "0.35") to integer minor units of the
// currency and back, without floats: the digits are read as text. The last "." or "," is the
// decimal separator when at most the currency's minor digits follow it (Romanian writes
// "0,35"); any other separator groups thousands. Pure, for the ROI form and its tests.
import { minorUnitDigits } from "@/lib/format/money";

/** Minor units of a typed amount, or null when it is not a plain non-negative amount. */
export function parseMoneyInput(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const cleaned = text.replace(/[\s\u00a0\u202f_']/g, "");
  if (!/^\d[\d.,]*$/.test(cleaned)) return null;
  const last = Math.max(cleaned.lastIndexOf("."), cleaned.lastIndexOf(","));
  const after = last < 0 ? "" : cleaned.slice(last + 1);
  const decimal = last >= 0 && after.length <= digits && !/[.,]/.test(after);
  const groups = (decimal ? cleaned.slice(0, last) : cleaned).split(/[.,]/);
  // Thousands come in threes: "1,000" but not "1,00" (that would be a decimal) or "5.5" in yen.
  if (groups[0] === "" || groups.slice(1).some((group) => group.length !== 3)) return null;
  const whole = groups.join("");
  const fraction = decimal ? after : "";
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The plain editable text of an amount in minor units ("5000.50"), no grouping or symbol. */
export function moneyInputValue(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(minor);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits).padStart(digits, "0");
  return `${whole}.${fraction}`;
}
