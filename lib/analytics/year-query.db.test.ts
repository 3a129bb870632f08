// The year pass: members at risk and cohort retention read from one pass over the year's
// purchases, whose two windows differ. At risk counts the visits in (now − 365 days, now];
// retention the visits from the first of the twelve local months to now. Usually the 365 days
// start earlier (a visit then counts for the risk, not for retention); late on 31 December of
// a leap year the months do (the other way round). Purchases after now count for neither.
import { describe, expect, it } from "vitest";
import { at, writeHistory, type History } from "@/test/analytics-history";
import { createTestBusiness } from "@/test/loyalty-fixture";
import { yearQuery } from "./year-query";

const history = (members: History["members"], purchases: History["purchases"]): History => ({ members, purchases, rewards: [], entries: [], emails: [] });

describe("the year pass when the 365 days start before the first month", async () => {
  // Noon in Manila on 15 June 2026: the risk window opens at 04:00Z on 15 June 2025, the
  // retention months at July 2025 (30 June 16:00Z).
  const now = new Date("2026-06-15T04:00:00.000Z");
  const cafe = await createTestBusiness();
  const ids = await writeHistory(cafe.business, history(
    [
      { key: "Q", joined: "2025-06-01", tierRank: 0, consent: true },
      { key: "R", joined: "2025-05-01", tierRank: 0, consent: false },
      { key: "S", joined: "2025-07-05", tierRank: 0, consent: true },
      { key: "T", joined: "2026-06-01", tierRank: 0, consent: true },
      { key: "V", joined: "2026-04-20", tierRank: 0, consent: true },
    ],
    [
      // Q: 20 June 2025 is inside the 365 days but before the first month.
      { key: "q1", member: "Q", when: "2025-06-20", amountMinor: 1_000 },
      { key: "q2", member: "Q", when: "2025-09-01", amountMinor: 1_000 },
      { key: "q3", member: "Q", when: "2025-12-01", amountMinor: 1_000 },
      // R: the first visit is exactly 365 days ago, outside the window.
      { key: "r1", member: "R", when: "2025-06-15T04:00:00.000Z", amountMinor: 1_000 },
      { key: "r2", member: "R", when: "2025-08-01", amountMinor: 1_000 },
      { key: "r3", member: "R", when: "2025-10-01", amountMinor: 1_000 },
      // S: the July cohort, back in September; a sale dated after now counts for nothing.
      { key: "s1", member: "S", when: "2025-07-20", amountMinor: 1_000 },
      { key: "s2", member: "S", when: "2025-09-10", amountMinor: 1_000 },
      { key: "s3", member: "S", when: "2026-06-20", amountMinor: 1_000 },
      // V: a regular of the April cohort, not at risk; the last visit is exactly now.
      { key: "v1", member: "V", when: "2026-05-01", amountMinor: 1_000 },
      { key: "v2", member: "V", when: "2026-05-15", amountMinor: 1_000 },
      { key: "v3", member: "V", when: "2026-06-15T04:00:00.000Z", amountMinor: 1_000 },
      { key: "n1", member: null, when: "2026-05-02", amountMinor: 1_000 },
    ],
  ));
  const year = await yearQuery({ businessId: cafe.business.id, timeZone: "Asia/Manila", now, atRiskLimit: null });

  it("counts the visits of the 365 days for the risk, the first one before the months included", () => {
    // Q: 164 days from first to last over 2 gaps = 82, away 196 days. R: 61 days, away 257.
    // S: 52 days, away 278 (with the sale after now it would have a last visit still to come).
    expect(year.atRisk).toEqual({
      count: 3,
      members: [
        { id: ids.memberId("Q"), number: 1001, name: "Member Q", visits: 3, lastVisit: at("2025-12-01").toISOString(), usualGapDays: 82, daysAway: 196, balance: 0, reachable: true, winBackQueued: false },
        { id: ids.memberId("R"), number: 1002, name: "Member R", visits: 2, lastVisit: at("2025-10-01").toISOString(), usualGapDays: 61, daysAway: 257, balance: 0, reachable: false, winBackQueued: false },
        { id: ids.memberId("S"), number: 1003, name: "Member S", visits: 2, lastVisit: at("2025-09-10").toISOString(), usualGapDays: 52, daysAway: 278, balance: 0, reachable: true, winBackQueued: false },
      ],
    });
  });

  it("builds the retention grid from the months only, without sales after now", () => {
    expect(year.retention.months[0]).toBe("2025-07");
    expect(year.retention.cohortSizes).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
    expect(year.retention.cells).toEqual([
      { cohort: 0, offset: 0, active: 1 }, { cohort: 0, offset: 2, active: 1 },
      { cohort: 9, offset: 1, active: 1 }, { cohort: 9, offset: 2, active: 1 },
    ]);
  });

  it("shortens the list to the limit and keeps the count", async () => {
    const top = await yearQuery({ businessId: cafe.business.id, timeZone: "Asia/Manila", now, atRiskLimit: 1 });
    expect(top.atRisk.count).toBe(3);
    expect(top.atRisk.members.map((member) => member.name)).toEqual(["Member Q"]);
  });
});

describe("the year pass when the first month starts before the 365 days", async () => {
  // 23:00 in Manila on 31 December 2024, a leap year: the months start at midnight on 1 January,
  // the 365 days at 23:00 that day.
  const now = new Date("2024-12-31T15:00:00.000Z");
  const cafe = await createTestBusiness();
  const ids = await writeHistory(cafe.business, history(
    [{ key: "U", joined: "2024-01-01", tierRank: 0, consent: true }],
    [
      { key: "u1", member: "U", when: "2024-01-01T05:00:00.000Z", amountMinor: 1_000 },
      { key: "u2", member: "U", when: "2024-03-01", amountMinor: 1_000 },
      { key: "u3", member: "U", when: "2024-05-01", amountMinor: 1_000 },
    ],
  ));
  const year = await yearQuery({ businessId: cafe.business.id, timeZone: "Asia/Manila", now, atRiskLimit: 10 });

  it("leaves the first hours of January out of the risk", () => {
    // March to May 2024: 61 days; away from 1 May 02:00Z to 31 December 15:00Z.
    expect(year.atRisk.members).toEqual([
      { id: ids.memberId("U"), number: 1001, name: "Member U", visits: 2, lastVisit: at("2024-05-01").toISOString(), usualGapDays: 61, daysAway: 244, balance: 0, reachable: true, winBackQueued: false },
    ]);
  });

  it("but not out of January's retention", () => {
    expect(year.retention.months).toEqual(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"]);
    expect(year.retention.cohortSizes).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(year.retention.cells).toEqual([{ cohort: 0, offset: 0, active: 1 }, { cohort: 0, offset: 2, active: 1 }, { cohort: 0, offset: 4, active: 1 }]);
  });
});
