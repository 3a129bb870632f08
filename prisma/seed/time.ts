// Calendar helpers of the simulation. Business-local times use a fixed UTC offset (see
// BusinessConfig.hours): the seed only needs purchases to fall inside opening hours.
import type { Rng } from "./random";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Same day-of-month `months` later, clamped to the month's last day (Jan 31 + 1 → Feb 28). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()),
  );
}

export type OpeningHours = { open: number; close: number; utcOffset: number };

/** UTC instant of `hour` (fractional) on the local calendar day `localDay` (days since epoch). */
export function localInstant(localDay: number, hour: number, hours: OpeningHours): number {
  return localDay * DAY + (hour - hours.utcOffset) * HOUR;
}

export function localDayOf(ms: number, hours: OpeningHours): number {
  return Math.floor((ms + hours.utcOffset * HOUR) / DAY);
}

/** A random instant within opening hours (the last quarter-hour excluded) of a local day. */
export function openInstant(localDay: number, hours: OpeningHours, rng: Rng): number {
  const span = hours.close - 0.25 - hours.open;
  return Math.round(localInstant(localDay, hours.open + rng.next() * span, hours));
}

/** The first of each local month after `from`, at 00:30, up to `until`: tier reviews. */
export function monthStarts(from: Date, until: Date, hours: OpeningHours): Date[] {
  const local = new Date(from.getTime() + hours.utcOffset * HOUR);
  const starts: Date[] = [];
  for (let month = local.getUTCMonth() + 1; ; month++) {
    const ms = Date.UTC(local.getUTCFullYear(), month, 1) + (0.5 - hours.utcOffset) * HOUR;
    if (ms > until.getTime()) return starts;
    starts.push(new Date(ms));
  }
}

/** Each birthday (09:00 local) after `from` and up to `until`. */
export function birthdaysBetween(birthday: Date, from: Date, until: Date, hours: OpeningHours): Date[] {
  const found: Date[] = [];
  for (let year = from.getUTCFullYear(); year <= until.getUTCFullYear(); year++) {
    const ms = Date.UTC(year, birthday.getUTCMonth(), birthday.getUTCDate()) + (9 - hours.utcOffset) * HOUR;
    if (ms > from.getTime() && ms <= until.getTime()) found.push(new Date(ms));
  }
  return found;
}
