import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

describe("dates in the business's time zone", () => {
  // 16:30 UTC on 28 Feb is already 1 March in Manila (UTC+8) but still 28 Feb in Bucharest.
  const at = new Date("2026-02-28T16:30:00Z");
  it("uses the zone's calendar day", () => {
    expect(formatDate(at, "Asia/Manila")).toBe("Mar 1, 2026");
    expect(formatDate(at, "Europe/Bucharest")).toBe("Feb 28, 2026");
  });
  it("shows the zone's wall-clock time", () => {
    expect(formatDateTime(at, "Asia/Manila")).toMatch(/^Mar 1, 2026,? (at )?12:30\sAM$/);
  });
  it("writes the date the reader's way", () => {
    expect(formatDate(at, "Europe/Bucharest", "ro")).toBe("28 feb. 2026");
    expect(formatDate(at, "Asia/Baku", "az")).toBe("28 fev 2026");
    expect(formatDate(at, "Asia/Manila", "fil")).toBe("Mar 1, 2026");
    expect(formatDateTime(at, "Europe/Bucharest", "ro")).toBe("28 feb. 2026, 18:30");
  });
});
