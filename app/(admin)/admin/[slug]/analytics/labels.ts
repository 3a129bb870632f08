// Local dates of the period as chart labels. The days are already local to the business, so
// they are printed as calendar days (UTC noon), never shifted by the viewer's zone.
import { dateTimeFormat } from "@/lib/format/intl";
import type { Bucket } from "@/lib/analytics/period";

export function bucketLabel(day: string, bucket: Bucket, locale: string): string {
  const options: Intl.DateTimeFormatOptions = bucket === "month" ? { month: "short", year: "numeric" } : { day: "numeric", month: "short" };
  return dateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
}

/** "2026-03" → "Mar 2026" */
export function monthLabel(month: string, locale: string): string {
  return dateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-15T12:00:00Z`));
}
