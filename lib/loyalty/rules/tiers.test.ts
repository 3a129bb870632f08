import { describe, expect, it } from "vitest";
import { qualifyingWindow, reviewTier, tierFor, type TierReview, type TierRule } from "./tiers";

const bronze: TierRule = { id: "bronze", rank: 0, threshold: 0, multiplierBp: 10000 };
const silver: TierRule = { id: "silver", rank: 1, threshold: 500_000, multiplierBp: 12500 };
const gold: TierRule = { id: "gold", rank: 2, threshold: 2_000_000, multiplierBp: 15000 };
const tiers = [gold, bronze, silver]; // deliberately unsorted

describe("tierFor", () => {
  it.each([
    [0, "bronze"],
    [499_999, "bronze"],
    [500_000, "silver"],
    [1_999_999, "silver"],
    [2_000_000, "gold"],
    [99_000_000, "gold"],
  ])("%i qualifies for %s", (qualifying, id) => {
    expect(tierFor(tiers, qualifying)?.id).toBe(id);
  });

  it("is null below every threshold or without tiers", () => {
    expect(tierFor([silver, gold], 100)).toBeNull();
    expect(tierFor([], 1_000_000)).toBeNull();
  });
});

describe("qualifyingWindow", () => {
  it.each([
    ["2025-03-31T10:00:00Z", "ROLLING_12_MONTHS", "UTC", "2024-03-31T10:00:00Z"],
    ["2024-02-29T12:00:00Z", "ROLLING_12_MONTHS", "UTC", "2023-02-28T12:00:00Z"],
    ["2025-06-15T00:00:00Z", "CALENDAR_YEAR", "Asia/Manila", "2024-12-31T16:00:00Z"],
    // 01:00 on 1 Jan 2025 in Manila, still 31 Dec in UTC
    ["2024-12-31T17:00:00Z", "CALENDAR_YEAR", "Asia/Manila", "2024-12-31T16:00:00Z"],
    ["2025-01-01T00:30:00Z", "CALENDAR_YEAR", "Europe/Bucharest", "2024-12-31T22:00:00Z"],
  ] as const)("%s, %s in %s runs from %s", (now, window, zone, from) => {
    const at = new Date(now);
    expect(qualifyingWindow(at, window, zone)).toEqual({ from: new Date(from), to: at });
  });
});

describe("reviewTier", () => {
  const now = new Date("2025-06-01T00:00:00Z");
  const graceRunning = new Date("2025-07-01T00:00:00Z");
  const gracePassed = new Date("2025-05-31T00:00:00Z");
  type Case = [string, { currentTierId: string | null; qualifying: number; graceUntil?: Date; graceDays?: number; tiers?: TierRule[] }, TierReview];

  it.each<Case>([
    ["no tier yet: the qualifying tier, as an upgrade", { currentTierId: null, qualifying: 600_000 }, { kind: "upgrade", tierId: "silver" }],
    ["no tier yet: the entry tier", { currentTierId: null, qualifying: 0 }, { kind: "upgrade", tierId: "bronze" }],
    ["no tier and none reached", { currentTierId: null, qualifying: 100, tiers: [silver, gold] }, { kind: "keep", clearGrace: false }],
    ["upgrade at once", { currentTierId: "silver", qualifying: 2_500_000 }, { kind: "upgrade", tierId: "gold" }],
    ["upgrade at once, even in grace", { currentTierId: "silver", qualifying: 2_500_000, graceUntil: graceRunning }, { kind: "upgrade", tierId: "gold" }],
    ["exactly at the threshold: keep", { currentTierId: "silver", qualifying: 500_000 }, { kind: "keep", clearGrace: false }],
    ["requalified during grace: keep, clear grace", { currentTierId: "gold", qualifying: 2_100_000, graceUntil: graceRunning }, { kind: "keep", clearGrace: true }],
    ["below: start a grace period", { currentTierId: "gold", qualifying: 600_000 }, { kind: "start_grace", graceUntil: new Date("2025-07-01T00:00:00Z") }],
    ["below, grace running: keep", { currentTierId: "gold", qualifying: 600_000, graceUntil: graceRunning }, { kind: "keep", clearGrace: false }],
    ["below, grace ended at this instant: downgrade", { currentTierId: "gold", qualifying: 600_000, graceUntil: now }, { kind: "downgrade", tierId: "silver" }],
    ["far below, grace passed: straight to the qualifying tier", { currentTierId: "gold", qualifying: 100, graceUntil: gracePassed }, { kind: "downgrade", tierId: "bronze" }],
    ["below with no grace configured: downgrade at once", { currentTierId: "gold", qualifying: 600_000, graceDays: 0 }, { kind: "downgrade", tierId: "silver" }],
    ["below every tier, grace passed: no tier", { currentTierId: "silver", qualifying: 0, graceUntil: gracePassed, tiers: [silver, gold] }, { kind: "downgrade", tierId: null }],
    ["current tier deleted: treated as none", { currentTierId: "platinum", qualifying: 600_000 }, { kind: "upgrade", tierId: "silver" }],
    ["current tier deleted, nothing reached", { currentTierId: "platinum", qualifying: 0, tiers: [silver] }, { kind: "downgrade", tierId: null }],
  ])("%s", (_, input, expected) => {
    expect(
      reviewTier({
        tiers: input.tiers ?? tiers,
        currentTierId: input.currentTierId,
        qualifying: input.qualifying,
        graceUntil: input.graceUntil ?? null,
        graceDays: input.graceDays ?? 30,
        now,
      }),
    ).toEqual(expected);
  });

  it("walks a lapsing gold member through grace to silver", () => {
    let tierId: string | null = "gold";
    let graceUntil: Date | null = null;
    const outcomes: string[] = [];
    for (const day of ["2025-06-01", "2025-06-15", "2025-06-30", "2025-07-01", "2025-07-02"]) {
      const review = reviewTier({ tiers, currentTierId: tierId, qualifying: 600_000, graceUntil, graceDays: 30, now: new Date(`${day}T00:00:00Z`) });
      outcomes.push(review.kind);
      if (review.kind === "start_grace") graceUntil = review.graceUntil;
      if (review.kind === "downgrade" || review.kind === "upgrade") {
        tierId = review.tierId;
        graceUntil = null;
      }
    }
    expect(outcomes).toEqual(["start_grace", "keep", "keep", "downgrade", "keep"]);
    expect(tierId).toBe("silver");
  });
});
