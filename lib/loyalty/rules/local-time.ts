// Business rules (promotion hours, discount periods, calendar-year tiers) are stated in the
// business's local time; the database stores instants. These helpers convert without a
// date library, using the ICU time-zone data Intl already ships.
export type Period = "WEEK" | "MONTH" | "QUARTER" | "YEAR";

export type LocalParts = {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  minuteOfDay: number;
};

const DAY_MS = 86_400_000;
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      weekday: "short",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(at: Date, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday ?? ""] ?? 0,
    // Some ICU versions print midnight as hour 24 even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

export function localParts(at: Date, timeZone: string): LocalParts {
  const w = wallClock(at, timeZone);
  return { year: w.year, month: w.month, day: w.day, weekday: w.weekday, minuteOfDay: w.hour * 60 + w.minute };
}

/** The zone's offset from UTC at `at`, in milliseconds (Bucharest in summer: +3 h). */
function offsetMs(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (at.getTime() - at.getUTCMilliseconds());
}

/**
 * The first instant of a local calendar day. The offset at UTC midnight may differ from the one
 * at local midnight (a DST change in between), so both offsets are tried; where midnight itself
 * is skipped (zones that spring forward at 00:00) the day starts at the end of the gap.
 */
export function localMidnightUtc(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  const candidates = new Set<number>();
  for (const probe of [guess - DAY_MS / 2, guess, guess + DAY_MS / 2]) {
    candidates.add(guess - offsetMs(new Date(probe), timeZone));
  }
  const sorted = [...candidates].sort((a, b) => a - b);
  const exact = sorted.find((t) => {
    const w = wallClock(new Date(t), timeZone);
    return w.year === year && w.month === month && w.day === day && w.hour === 0 && w.minute === 0;
  });
  if (exact !== undefined) return new Date(exact);
  const dayStart = sorted.find((t) => {
    const w = wallClock(new Date(t), timeZone);
    return w.year === year && w.month === month && w.day === day;
  });
  return new Date(dayStart ?? sorted[sorted.length - 1]!);
}

export function periodStart(at: Date, period: Period, timeZone: string): Date {
  const { year, month, day, weekday } = localParts(at, timeZone);
  switch (period) {
    case "WEEK": {
      // Weeks start on Monday; step back on the calendar (not by 24 h) so DST cannot shift it.
      const back = (weekday + 6) % 7;
      const monday = new Date(Date.UTC(year, month - 1, day - back));
      return localMidnightUtc(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate(), timeZone);
    }
    case "MONTH":
      return localMidnightUtc(year, month, 1, timeZone);
    case "QUARTER":
      return localMidnightUtc(year, month - ((month - 1) % 3), 1, timeZone);
    case "YEAR":
      return localMidnightUtc(year, 1, 1, timeZone);
  }
}

/** Calendar months in UTC; a day past the target month's end is clamped (31 Jan + 1 → 28/29 Feb). */
export function addMonths(at: Date, months: number): Date {
  const target = at.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), target + 1, 0)).getUTCDate();
  const result = new Date(at.getTime());
  result.setUTCFullYear(at.getUTCFullYear(), target, Math.min(at.getUTCDate(), lastDay));
  return result;
}
