import { describe, expect, it } from "vitest";
import { periodBuckets, periodInstants, periodQuery, resolvePeriod } from "./period";

const TODAY = "2026-11-23";

describe("resolvePeriod", () => {
  it("defaults to the last 30 days, today included, with the 30 days before as the previous period", () => {
    const period = resolvePeriod({}, TODAY);
    expect(period).toMatchObject({ preset: 30, from: "2026-10-25", to: TODAY, days: 30, previous: { from: "2026-09-25", to: "2026-10-24" }, bucket: "day" });
  });

  it.each([
    ["90", "2026-08-26", "week"],
    ["365", "2025-11-24", "month"],
  ])("reads range=%s", (range, from, bucket) => {
    expect(resolvePeriod({ range }, TODAY)).toMatchObject({ preset: Number(range), from, to: TODAY, bucket });
  });

  it("reads a custom from/to, inclusive, and compares it with the same number of days before", () => {
    const period = resolvePeriod({ from: "2026-03-01", to: "2026-03-31" }, TODAY);
    expect(period).toMatchObject({ preset: null, days: 31, previous: { from: "2026-01-29", to: "2026-02-28" }, bucket: "day" });
    expect(periodQuery(period)).toBe("from=2026-03-01&to=2026-03-31");
  });

  it.each([
    [{ range: "7" }],
    [{ from: "2026-04-01", to: "2026-03-01" }],
    [{ from: "2026-02-30", to: "2026-03-01" }],
    [{ from: "2026-11-01", to: "2026-12-01" }],
    [{ from: "2020-01-01", to: "2026-01-01" }],
    [{ from: "2026-1-1", to: "2026-01-05" }],
  ])("falls back to the default for %j", (search) => {
    expect(resolvePeriod(search, TODAY)).toMatchObject({ preset: 30, from: "2026-10-25" });
  });
});

describe("periodInstants", () => {
  it("starts and ends periods at local midnight in the business's zone", () => {
    const period = resolvePeriod({ from: "2026-03-01", to: "2026-03-31" }, TODAY);
    const manila = periodInstants(period, "Asia/Manila");
    expect(manila.start.toISOString()).toBe("2026-02-28T16:00:00.000Z");
    expect(manila.end.toISOString()).toBe("2026-03-31T16:00:00.000Z");
    expect(manila.previousStart.toISOString()).toBe("2026-01-28T16:00:00.000Z");
    expect(manila.beforePreviousStart.toISOString()).toBe("2025-12-28T16:00:00.000Z");
    // Bucharest moves to summer time on 29 March: the period's end is at UTC+3.
    const bucharest = periodInstants(period, "Europe/Bucharest");
    expect(bucharest.start.toISOString()).toBe("2026-02-28T22:00:00.000Z");
    expect(bucharest.end.toISOString()).toBe("2026-03-31T21:00:00.000Z");
  });
});

describe("periodBuckets", () => {
  it("gives one bucket a day for a month", () => {
    const buckets = periodBuckets(resolvePeriod({}, TODAY), "Asia/Manila");
    expect(buckets).toHaveLength(30);
    expect(buckets[0]!.day).toBe("2026-10-25");
    expect(buckets[29]!.day).toBe(TODAY);
  });

  it("starts weeks on Monday after a first partial week", () => {
    const buckets = periodBuckets(resolvePeriod({ range: "90" }, TODAY), "Asia/Manila");
    expect(buckets[0]!.day).toBe("2026-08-26");
    expect(buckets[1]!.day).toBe("2026-08-31");
    expect(buckets.every((bucket, index) => index === 0 || new Date(`${bucket.day}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it("starts months on the 1st", () => {
    const buckets = periodBuckets(resolvePeriod({ range: "365" }, TODAY), "Asia/Manila");
    expect(buckets.map((bucket) => bucket.day).slice(0, 3)).toEqual(["2025-11-24", "2025-12-01", "2026-01-01"]);
    expect(buckets).toHaveLength(13);
  });
});
