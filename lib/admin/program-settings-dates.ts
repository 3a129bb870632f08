// Promotion dates as the owner thinks of them: whole calendar days in the business's time zone,
// the last day included. The engine stores instants, a half-open [startsAt, endsAt) window.
// Pure: the live preview converts the same way the server does.
import { localMidnightUtc, localParts } from "@/lib/loyalty/rules/local-time";

function ymd(date: string): [number, number, number] {
  return date.split("-").map(Number) as [number, number, number];
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The first instant of a local day ("2025-03-01" in Manila → 2025-02-28T16:00Z). */
export function localDayStart(date: string, timeZone: string): Date {
  const [year, month, day] = ymd(date);
  return localMidnightUtc(year, month, day, timeZone);
}

/** The instant the last day ends, i.e. the next local midnight (an exclusive end). */
export function localDayEnd(date: string, timeZone: string): Date {
  const [year, month, day] = ymd(date);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return localMidnightUtc(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone);
}

export function localDateOf(at: Date, timeZone: string): string {
  const { year, month, day } = localParts(at, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The last day a window ending (exclusively) at `endsAt` covers. */
export function lastLocalDateBefore(endsAt: Date, timeZone: string): string {
  return localDateOf(new Date(endsAt.getTime() - 1), timeZone);
}

/** "HH:MM" ↔ minutes after local midnight; null for an empty time. */
export function minutesFromTime(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[1]) < 24 && Number(match[2]) < 60 ? minutes : null;
}

export function timeFromMinutes(minutes: number | null): string {
  return minutes === null ? "" : `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A datetime-local value ("2025-03-01T16:30") read as wall-clock time in `timeZone`. */
export function localDateTimeToInstant(value: string, timeZone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match) return null;
  const minutes = minutesFromTime(match[2]!);
  if (minutes === null) return null;
  // Offsets around a DST change differ by at most an hour; midnight plus minutes is close
  // enough for a preview, which is all this is used for.
  return new Date(localDayStart(match[1]!, timeZone).getTime() + minutes * 60_000);
}
