// Credits are lots; spending consumes the lot that expires soonest, then the oldest (FIFO),
// so points about to expire are used before fresh ones (DESIGN §3).
export type Lot = { id: string; remaining: number; expiresAt: Date | null; availableAt: Date | null; createdAt: Date };

const DAY_MS = 86_400_000;

function isExpired(lot: Lot, now: Date): boolean {
  return lot.expiresAt !== null && lot.expiresAt.getTime() <= now.getTime();
}

function isPending(lot: Lot, now: Date): boolean {
  return lot.availableAt !== null && lot.availableAt.getTime() > now.getTime();
}

function compareLots(a: Lot, b: Lot): number {
  const ae = a.expiresAt?.getTime() ?? Infinity;
  const be = b.expiresAt?.getTime() ?? Infinity;
  if (ae !== be) return ae < be ? -1 : 1;
  const ac = a.createdAt.getTime();
  const bc = b.createdAt.getTime();
  if (ac !== bc) return ac - bc;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function spendableLots(lots: Lot[], now: Date): Lot[] {
  return lots.filter((l) => l.remaining > 0 && !isPending(l, now) && !isExpired(l, now)).sort(compareLots);
}

export function allocate(lots: Lot[], points: number): { allocations: { lotId: string; points: number }[]; shortfall: number } {
  if (!Number.isSafeInteger(points) || points < 0) {
    throw new RangeError(`points to allocate must be a non-negative integer, got ${points}`);
  }
  const allocations: { lotId: string; points: number }[] = [];
  let left = points;
  for (const lot of lots) {
    if (left === 0) break;
    if (lot.remaining <= 0) continue;
    const take = Math.min(lot.remaining, left);
    allocations.push({ lotId: lot.id, points: take });
    left -= take;
  }
  return { allocations, shortfall: left };
}

/** Points earned but not yet spendable (the pending period that defeats buy → redeem → return). */
export function pendingPoints(lots: Lot[], now: Date): number {
  let total = 0;
  for (const lot of lots) {
    if (lot.remaining > 0 && isPending(lot, now) && !isExpired(lot, now)) total += lot.remaining;
  }
  return total;
}

/**
 * Points (pending ones included: they expire too) whose lots expire within the next
 * `withinDays` days, summed per expiry instant, soonest first.
 */
export function expiringSoon(lots: Lot[], now: Date, withinDays: number): { points: number; expiresAt: Date }[] {
  const until = now.getTime() + withinDays * DAY_MS;
  const byExpiry = new Map<number, number>();
  for (const lot of lots) {
    if (lot.remaining <= 0 || lot.expiresAt === null) continue;
    const t = lot.expiresAt.getTime();
    if (t <= now.getTime() || t > until) continue;
    byExpiry.set(t, (byExpiry.get(t) ?? 0) + lot.remaining);
  }
  return [...byExpiry.entries()].sort(([a], [b]) => a - b).map(([t, points]) => ({ points, expiresAt: new Date(t) }));
}
