// Tiers: upgrade the moment a member qualifies; downgrade only at a review after a grace
// period, so a slow month does not cost a member their status.
import { addMonths, periodStart } from "./local-time";

export type TierRule = { id: string; rank: number; threshold: number; multiplierBp: number };

export type TierReview =
  | { kind: "upgrade"; tierId: string }
  | { kind: "keep"; clearGrace: boolean }
  | { kind: "start_grace"; graceUntil: Date }
  | { kind: "downgrade"; tierId: string | null };

const DAY_MS = 86_400_000;

export function tierFor(tiers: TierRule[], qualifying: number): TierRule | null {
  let best: TierRule | null = null;
  for (const tier of tiers) {
    if (tier.threshold <= qualifying && (best === null || tier.rank > best.rank)) best = tier;
  }
  return best;
}

export function qualifyingWindow(
  now: Date,
  window: "ROLLING_12_MONTHS" | "CALENDAR_YEAR",
  timeZone: string,
): { from: Date; to: Date } {
  const from = window === "CALENDAR_YEAR" ? periodStart(now, "YEAR", timeZone) : addMonths(now, -12);
  return { from, to: now };
}

/**
 * One review of a member's tier. An upgrade also ends any grace (the engine clears
 * tierGraceUntil with it). A member whose tier no longer exists is treated as having none.
 */
export function reviewTier(input: {
  tiers: TierRule[];
  currentTierId: string | null;
  qualifying: number;
  graceUntil: Date | null;
  graceDays: number;
  now: Date;
}): TierReview {
  const { tiers, currentTierId, qualifying, graceUntil, graceDays, now } = input;
  const target = tierFor(tiers, qualifying);
  const current = tiers.find((t) => t.id === currentTierId) ?? null;

  if (current === null) {
    if (target) return { kind: "upgrade", tierId: target.id };
    if (currentTierId !== null) return { kind: "downgrade", tierId: null };
    return { kind: "keep", clearGrace: graceUntil !== null };
  }
  if (target && target.rank > current.rank) return { kind: "upgrade", tierId: target.id };
  if (target && target.rank === current.rank) return { kind: "keep", clearGrace: graceUntil !== null };

  const downgrade: TierReview = { kind: "downgrade", tierId: target?.id ?? null };
  if (graceUntil === null) {
    if (graceDays <= 0) return downgrade;
    return { kind: "start_grace", graceUntil: new Date(now.getTime() + graceDays * DAY_MS) };
  }
  if (now.getTime() >= graceUntil.getTime()) return downgrade;
  return { kind: "keep", clearGrace: false };
}
