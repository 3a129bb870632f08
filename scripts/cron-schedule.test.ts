import { describe, expect, it } from "vitest";
import { cronMatches, parseCron } from "./cron-schedule";

describe("cron schedule", () => {
  it.each([
    ["* * * * *", "2026-03-01T10:07:00Z", true],
    ["*/15 * * * *", "2026-03-01T10:30:00Z", true],
    ["*/15 * * * *", "2026-03-01T10:31:00Z", false],
    ["30 0 * * *", "2026-03-01T00:30:00Z", true],
    ["30 0 * * *", "2026-03-01T01:30:00Z", false],
    ["0 9 * * 1-5", "2026-03-02T09:00:00Z", true], // a Monday
    ["0 9 * * 1-5", "2026-03-01T09:00:00Z", false], // a Sunday
    ["5,35 * * * *", "2026-03-01T04:35:00Z", true],
  ])("%s at %s → %s", (expression, at, expected) => {
    expect(cronMatches(parseCron(expression), new Date(at))).toBe(expected);
  });

  it("refuses what it cannot read", () => {
    expect(() => parseCron("* * * *")).toThrow(/5 fields/);
    expect(() => parseCron("61 * * * *")).toThrow(/Bad cron field/);
  });
});
