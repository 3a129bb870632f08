import { describe, expect, it } from "vitest";
import { instantToLocalInput, localInputToInstant } from "./rewards-time";

describe("reward windows in the business's time zone", () => {
  it("reads wall-clock time in the zone", () => {
    expect(localInputToInstant("2030-03-01T09:00", "Asia/Manila")?.toISOString()).toBe("2030-03-01T01:00:00.000Z");
    expect(localInputToInstant("2030-01-15T09:00", "Europe/Bucharest")?.toISOString()).toBe("2030-01-15T07:00:00.000Z");
    expect(localInputToInstant("2030-07-15T09:00", "Europe/Bucharest")?.toISOString()).toBe("2030-07-15T06:00:00.000Z");
  });

  it("handles the hours around a DST change", () => {
    // Bucharest springs forward on 31 March 2030 at 03:00 (to 04:00).
    expect(localInputToInstant("2030-03-31T02:30", "Europe/Bucharest")?.toISOString()).toBe("2030-03-31T00:30:00.000Z");
    expect(localInputToInstant("2030-03-31T05:00", "Europe/Bucharest")?.toISOString()).toBe("2030-03-31T02:00:00.000Z");
  });

  it("round-trips through the input format", () => {
    for (const zone of ["Asia/Manila", "Europe/Bucharest", "America/New_York"]) {
      const at = localInputToInstant("2030-11-03T18:45", zone)!;
      expect(instantToLocalInput(at, zone)).toBe("2030-11-03T18:45");
    }
    expect(instantToLocalInput(new Date("2030-03-01T01:00:00Z"), "Asia/Manila")).toBe("2030-03-01T09:00");
  });

  it("refuses what is not a date and time", () => {
    for (const bad of ["", "2030-02-30T10:00", "2030-13-01T10:00", "2030-01-01 10:00", "2030-01-01T24:00", "tomorrow"]) {
      expect(localInputToInstant(bad, "Asia/Manila")).toBeNull();
    }
  });
});
