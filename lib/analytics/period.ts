// The overview's period: whole local days in the business's time zone, named in the URL as
// `?range=30|90|365` or `?from=YYYY-MM-DD&to=YYYY-MM-DD`, and the previous period of equal
// length right before it (for the comparison). Pure, so the picker and the server agree.
import { localMidnightUtc, localParts } from "@/lib/loyalty/rules/local-time";

export const PRESETS = [30, 90, 365] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 30;
/** Longer custom periods would scan years of history for one page view. */
export const MAX_DAYS = 3 * 366;

export type Bucket = "day" | "week" | "month";

export type Period = {
  preset: Preset | null;
  /** First and last local day, inclusive (YYYY-MM-DD) */
  from: string;
  to: string;
  days: number;
  previous: { from: string; to: string };
  /** Chart resolution: about 10–60 points whatever the length */
  bucket: Bucket;
};

export type PeriodSearch = { range?: string | string[]; from?: string | string[]; to?: string | string[] };

const DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the period from the URL; anything missing, malformed or out of range gives the default. */
export function resolvePeriod(search: PeriodSearch, today: string): Period {
  const from = single(search.from);
  const to = single(search.to);
  if (from && to && isDay(from) && isDay(to) && from <= to && to <= today) {
    const days = daysBetween(from, to) + 1;
    if (days <= MAX_DAYS) return build(from, to, null);
  }
  const range = Number(single(search.range));
  const preset = (PRESETS as readonly number[]).includes(range) ? (range as Preset) : DEFAULT_PRESET;
  return build(addDays(today, -(preset - 1)), today, preset);
}

function build(from: string, to: string, preset: Preset | null): Period {
  const days = daysBetween(from, to) + 1;
  return {
    preset,
    from,
    to,
    days,
    previous: { from: addDays(from, -days), to: addDays(from, -1) },
    bucket: days <= 31 ? "day" : days <= 120 ? "week" : "month",
  };
}

export type PeriodInstants = {
  /** [start, end) is the period; [previousStart, start) the one before; [beforePreviousStart, previousStart) the one before that */
  start: Date;
  end: Date;
  previousStart: Date;
  beforePreviousStart: Date;
};

/** The period's boundaries as instants: local midnights in the business's zone. */
export function periodInstants(period: Period, timeZone: string): PeriodInstants {
  const midnight = (day: string) => localMidnight(day, timeZone);
  return {
    start: midnight(period.from),
    end: midnight(addDays(period.to, 1)),
    previousStart: midnight(period.previous.from),
    beforePreviousStart: midnight(addDays(period.previous.from, -period.days)),
  };
}

export type BucketStart = { day: string; start: Date };

/**
 * The chart buckets of a period: every day, every week from Monday, or every calendar month,
 * the first one starting with the period itself. Each bucket ends where the next starts; the
 * last ends with the period.
 */
export function periodBuckets(period: Period, timeZone: string): BucketStart[] {
  const days: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const first = day === period.from;
    if (first || period.bucket === "day" || (period.bucket === "week" && weekday === 1) || (period.bucket === "month" && day.endsWith("-01"))) {
      days.push(day);
    }
  }
  return days.map((day) => ({ day, start: localMidnight(day, timeZone) }));
}

function localMidnight(day: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return localMidnightUtc(year, month, date, timeZone);
}

/** Today's local date in the zone (YYYY-MM-DD). */
export function localToday(now: Date, timeZone: string): string {
  const { year, month, day } = localParts(now, timeZone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The URL query of a period, for links and the picker. */
export function periodQuery(period: Pick<Period, "preset" | "from" | "to">): string {
  return period.preset ? `range=${period.preset}` : `from=${period.from}&to=${period.to}`;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

function isDay(value: string): boolean {
  return ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
