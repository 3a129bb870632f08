import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, localMidnightUtc, localParts, periodStart, type Period } from "./local-time";

const BUCHAREST = "Europe/Bucharest";
const MANILA = "Asia/Manila";

describe("localParts", () => {
  it.each([
    // Tuesday 16:00 in Manila (UTC+8 all year)
    ["2025-06-03T08:00:00Z", MANILA, { year: 2025, month: 6, day: 3, weekday: 2, minuteOfDay: 960 }],
    // Already 1 April in Bucharest (EEST, UTC+3) while UTC is still on 31 March
    ["2025-03-31T21:30:00Z", BUCHAREST, { year: 2025, month: 4, day: 1, weekday: 2, minuteOfDay: 30 }],
    // Spring forward, last Sunday of March: 02:59 EET, then 04:00 EEST a minute later
    ["2025-03-30T00:59:00Z", BUCHAREST, { year: 2025, month: 3, day: 30, weekday: 0, minuteOfDay: 179 }],
    ["2025-03-30T01:00:00Z", BUCHAREST, { year: 2025, month: 3, day: 30, weekday: 0, minuteOfDay: 240 }],
    // Fall back, last Sunday of October: 03:59 EEST, then 03:00 EET again
    ["2025-10-26T00:59:00Z", BUCHAREST, { year: 2025, month: 10, day: 26, weekday: 0, minuteOfDay: 239 }],
    ["2025-10-26T01:00:00Z", BUCHAREST, { year: 2025, month: 10, day: 26, weekday: 0, minuteOfDay: 180 }],
    ["2025-01-01T00:00:00Z", "UTC", { year: 2025, month: 1, day: 1, weekday: 3, minuteOfDay: 0 }],
  ])("%s in %s", (iso, zone, expected) => {
    expect(localParts(new Date(iso), zone)).toEqual(expected);
  });
});

describe("periodStart", () => {
  it.each<[string, Period, string, string]>([
    // Bucharest around spring forward: the week's Monday is still EET (+2), the next one EEST (+3)
    ["2025-03-30T09:00:00Z", "WEEK", BUCHAREST, "2025-03-23T22:00:00Z"],
    ["2025-03-31T07:00:00Z", "WEEK", BUCHAREST, "2025-03-30T21:00:00Z"],
    ["2025-03-31T21:30:00Z", "MONTH", BUCHAREST, "2025-03-31T21:00:00Z"],
    ["2025-03-31T20:59:00Z", "MONTH", BUCHAREST, "2025-02-28T22:00:00Z"],
    // Bucharest around fall back
    ["2025-10-26T12:00:00Z", "WEEK", BUCHAREST, "2025-10-19T21:00:00Z"],
    ["2025-10-29T12:00:00Z", "WEEK", BUCHAREST, "2025-10-26T22:00:00Z"],
    ["2025-11-15T12:00:00Z", "MONTH", BUCHAREST, "2025-10-31T22:00:00Z"],
    ["2025-05-15T12:00:00Z", "QUARTER", BUCHAREST, "2025-03-31T21:00:00Z"],
    ["2025-12-31T21:59:00Z", "QUARTER", BUCHAREST, "2025-09-30T21:00:00Z"],
    ["2025-06-01T00:00:00Z", "YEAR", BUCHAREST, "2024-12-31T22:00:00Z"],
    // Manila: a fixed +8
    ["2024-12-31T16:00:00Z", "YEAR", MANILA, "2024-12-31T16:00:00Z"],
    ["2024-12-31T15:59:59Z", "YEAR", MANILA, "2023-12-31T16:00:00Z"],
    ["2025-06-03T08:00:00Z", "WEEK", MANILA, "2025-06-01T16:00:00Z"],
    ["2025-06-30T16:30:00Z", "MONTH", MANILA, "2025-06-30T16:00:00Z"],
    ["2025-08-20T00:00:00Z", "QUARTER", MANILA, "2025-06-30T16:00:00Z"],
  ])("%s, %s in %s starts %s", (at, period, zone, expected) => {
    expect(periodStart(new Date(at), period, zone).toISOString()).toBe(new Date(expected).toISOString());
  });

  it("starts a day at the end of the gap where midnight itself is skipped", () => {
    // Chile springs forward at 00:00 → 01:00 on 7 Sep 2025; the day begins at 01:00 -03.
    expect(localMidnightUtc(2025, 9, 7, "America/Santiago").toISOString()).toBe("2025-09-07T04:00:00.000Z");
  });

  it("is a fixed point at or before the instant, on a local midnight", () => {
    const zones = [BUCHAREST, MANILA, "America/New_York", "UTC", "Australia/Lord_Howe"];
    const periods: Period[] = ["WEEK", "MONTH", "QUARTER", "YEAR"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.constantFrom(...periods),
        (at, zone, period) => {
          const start = periodStart(at, period, zone);
          expect(start.getTime()).toBeLessThanOrEqual(at.getTime());
          expect(periodStart(start, period, zone).getTime()).toBe(start.getTime());
          const local = localParts(start, zone);
          expect(local.minuteOfDay).toBe(0);
          if (period === "WEEK") expect(local.weekday).toBe(1);
          else expect(local.day).toBe(1);
        },
      ),
    );
  });
});

describe("addMonths", () => {
  it.each([
    ["2024-01-31T10:00:00Z", 1, "2024-02-29T10:00:00Z"],
    ["2025-01-31T10:00:00Z", 1, "2025-02-28T10:00:00Z"],
    ["2025-03-31T00:00:00Z", -1, "2025-02-28T00:00:00Z"],
    ["2024-02-29T05:00:00Z", -12, "2023-02-28T05:00:00Z"],
    ["2024-11-30T05:00:00Z", 3, "2025-02-28T05:00:00Z"],
    ["2025-05-15T12:34:56.789Z", -12, "2024-05-15T12:34:56.789Z"],
    ["2025-05-15T12:34:56.789Z", 0, "2025-05-15T12:34:56.789Z"],
  ])("%s + %i months is %s", (at, months, expected) => {
    expect(addMonths(new Date(at), months).toISOString()).toBe(new Date(expected).toISOString());
  });
});
