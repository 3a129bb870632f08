// Dates shown to members are in the business's time zone: "expires 1 March" must mean the
// shop's 1 March, whatever the phone's zone is.
import { dateTimeFormat } from "@/lib/format/intl";
export function formatDate(at: Date, timeZone: string, locale = "en"): string {
  return dateTimeFormat(locale, { timeZone, day: "numeric", month: "short", year: "numeric" }).format(at);
}

export function formatDateTime(at: Date, timeZone: string, locale = "en"): string {
  return dateTimeFormat(locale, { timeZone, day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" }).format(at);
}
