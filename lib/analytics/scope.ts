// What every overview query needs: the business, its zone, the period as instants and the
// chart buckets. Built once per page view (or export) from the URL's period.
import { localParts, localMidnightUtc } from "@/lib/loyalty/rules/local-time";
import { localToday, periodBuckets, periodInstants, resolvePeriod, type BucketStart, type Period, type PeriodInstants, type PeriodSearch } from "./period";

export type AnalyticsScope = {
  businessId: string;
  timeZone: string;
  now: Date;
  period: Period;
  instants: PeriodInstants;
  buckets: BucketStart[];
};

export function analyticsScope(input: { businessId: string; timeZone: string; search: PeriodSearch; now?: Date }): AnalyticsScope {
  const now = input.now ?? new Date();
  const period = resolvePeriod(input.search, localToday(now, input.timeZone));
  return {
    businessId: input.businessId,
    timeZone: input.timeZone,
    now,
    period,
    instants: periodInstants(period, input.timeZone),
    buckets: periodBuckets(period, input.timeZone),
  };
}

/** The last `count` local calendar months, oldest first, the current one last: [label, start]. */
export function recentMonths(now: Date, timeZone: string, count: number): { month: string; start: Date }[] {
  const { year, month } = localParts(now, timeZone);
  return Array.from({ length: count }, (_, index) => {
    const back = count - 1 - index;
    const date = new Date(Date.UTC(year, month - 1 - back, 1));
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    return { month: `${y}-${String(m).padStart(2, "0")}`, start: localMidnightUtc(y, m, 1, timeZone) };
  });
}

/** Instants as the ISO strings lib/db/sql.ts sends for one Date, for `…::timestamp(3)[]` parameters. */
export function instantArray(dates: Date[]): string[] {
  return dates.map((date) => date.toISOString());
}
