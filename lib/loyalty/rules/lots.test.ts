import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, expiringSoon, pendingPoints, spendableLots, type Lot } from "./lots";

const now = new Date("2025-06-01T00:00:00Z");
const lot = (id: string, remaining: number, expires: string | null, created: string, available: string | null = null): Lot => ({
  id,
  remaining,
  expiresAt: expires ? new Date(`${expires}T00:00:00Z`) : null,
  availableAt: available ? new Date(`${available}T00:00:00Z`) : null,
  createdAt: new Date(`${created}T00:00:00Z`),
});

const lots: Lot[] = [
  lot("a", 100, "2025-12-31", "2025-01-01"),
  lot("b", 50, "2025-07-01", "2025-03-01"),
  lot("c", 70, null, "2024-01-01"),
  lot("d", 30, "2025-07-01", "2025-02-01"),
  lot("e", 0, "2025-06-15", "2025-01-15"), // spent
  lot("f", 40, "2025-05-31", "2024-05-31"), // expired
  lot("g", 25, "2026-06-01", "2025-05-25", "2025-06-08"), // pending for a week
  lot("h", 20, "2025-06-01", "2024-06-01"), // expires at this very instant
  lot("i", 10, null, "2025-05-01", "2025-06-01"), // became available at this very instant
  lot("j", 5, "2025-07-01", "2025-02-01"), // ties with d but for the id
  lot("l", 15, "2025-06-20", "2025-04-01"),
];

describe("spendableLots", () => {
  it("orders by nearest expiry, never-expiring last, then oldest, then id", () => {
    expect(spendableLots(lots, now).map((l) => l.id)).toEqual(["l", "d", "j", "b", "a", "c", "i"]);
  });

  it("releases pending lots when their time comes", () => {
    expect(spendableLots(lots, new Date("2025-06-08T00:00:00Z")).map((l) => l.id)).toContain("g");
  });
});

describe("allocate", () => {
  const spendable = spendableLots(lots, now);
  it.each([
    [120, [["l", 15], ["d", 30], ["j", 5], ["b", 50], ["a", 20]], 0],
    [15, [["l", 15]], 0],
    [1000, [["l", 15], ["d", 30], ["j", 5], ["b", 50], ["a", 100], ["c", 70], ["i", 10]], 720],
    [0, [], 0],
  ] as const)("%i points", (points, expected, shortfall) => {
    expect(allocate(spendable, points)).toEqual({
      allocations: expected.map(([lotId, p]) => ({ lotId, points: p })),
      shortfall,
    });
  });

  it("skips empty lots and rejects a negative request", () => {
    expect(allocate([lot("x", 0, null, "2025-01-01"), lot("y", 5, null, "2025-01-02")], 3).allocations).toEqual([{ lotId: "y", points: 3 }]);
    expect(() => allocate(spendable, -1)).toThrow(RangeError);
  });

  it("never over-allocates and accounts for every point requested", () => {
    const lotArb = fc.record({ id: fc.uuid(), remaining: fc.integer({ min: -5, max: 1000 }) });
    fc.assert(
      fc.property(fc.array(lotArb, { maxLength: 20 }), fc.nat(20000), (raw, points) => {
        const given = raw.map((l) => ({ ...l, expiresAt: null, availableAt: null, createdAt: now }));
        const { allocations, shortfall } = allocate(given, points);
        const allocated = allocations.reduce((sum, a) => sum + a.points, 0);
        expect(allocated + shortfall).toBe(points);
        expect(shortfall).toBeGreaterThanOrEqual(0);
        for (const a of allocations) {
          const source = given.find((l) => l.id === a.lotId)!;
          expect(a.points).toBeGreaterThan(0);
          expect(a.points).toBeLessThanOrEqual(source.remaining);
        }
        const available = given.reduce((sum, l) => sum + Math.max(0, l.remaining), 0);
        expect(shortfall).toBe(Math.max(0, points - available));
      }),
    );
  });
});

describe("pendingPoints", () => {
  it("counts lots not yet available", () => {
    expect(pendingPoints(lots, now)).toBe(25);
    expect(pendingPoints(lots, new Date("2025-06-07T23:59:59Z"))).toBe(25);
    expect(pendingPoints(lots, new Date("2025-06-08T00:00:00Z"))).toBe(0);
  });
});

describe("expiringSoon", () => {
  it.each([
    [30, [[15, "2025-06-20"], [85, "2025-07-01"]]],
    [7, []],
    [19, [[15, "2025-06-20"]]],
    [364, [[15, "2025-06-20"], [85, "2025-07-01"], [100, "2025-12-31"]]],
    // the window's end is inclusive, and pending points expire too
    [365, [[15, "2025-06-20"], [85, "2025-07-01"], [100, "2025-12-31"], [25, "2026-06-01"]]],
  ] as const)("within %i days", (days, expected) => {
    expect(expiringSoon(lots, now, days)).toEqual(expected.map(([points, at]) => ({ points, expiresAt: new Date(`${at}T00:00:00Z`) })));
  });
});
