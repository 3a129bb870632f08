// The only writer of LedgerEntry, LedgerAllocation and Member.balance. Every function runs
// inside the caller's transaction after lockMember(), so the ledger row, its lot allocations
// and the cached balance move together (DESIGN.md §4.1) and per member one at a time (§4.3).
import "server-only";
import type { LedgerKind } from "@/lib/generated/prisma/enums";
import { LoyaltyError } from "./errors";
import { allocate, spendableLots, type Lot } from "./rules/lots";
import type { LockedMember, Tx } from "./tx";

export type Actor = { userId?: string | null; apiKeyId?: string | null };

type EntryLinks = {
  purchaseId?: string | null;
  redemptionId?: string | null;
  reversesId?: string | null;
  reason?: string | null;
  idempotencyKey?: string | null;
  actor?: Actor;
  createdAt?: Date;
};

export type CreditInput = EntryLinks & {
  kind: Extract<LedgerKind, "EARN" | "BONUS" | "REVERSAL" | "ADJUST">;
  points: number;
  lotExpiresAt: Date | null;
  availableAt?: Date | null;
  /** Moves lifetimeEarned (earning, bonuses) or gives back lifetimeSpent (a cancelled voucher) */
  lifetime: "earned" | "spent_back" | "none";
};

export type DebitInput = EntryLinks & {
  kind: Extract<LedgerKind, "REDEEM" | "EXPIRE" | "REVERSAL" | "ADJUST">;
  points: number;
  /**
   * spendable: available, unexpired lots, nearest expiry first; refused when short.
   * reversal: the purchase's own lots first, then any lot; a shortfall becomes debt and the
   * balance goes negative, the only way it may (§4.2).
   * lots: exactly these lots (expiry of what is left of them).
   */
  from: { kind: "spendable"; now: Date } | { kind: "reversal"; purchaseId: string } | { kind: "lots"; lotIds: string[] };
  lifetime: "spent" | "earned_back" | "none";
};

export type PostedEntry = { entryId: string; balance: number };

export async function postCredit(tx: Tx, member: LockedMember, input: CreditInput): Promise<PostedEntry> {
  assertPositive(input.points);
  const entry = await tx.ledgerEntry.create({
    data: {
      ...entryData(member, input),
      kind: input.kind,
      points: input.points,
      lotExpiresAt: input.lotExpiresAt,
      availableAt: input.availableAt ?? null,
    },
    select: { id: true },
  });
  // A negative balance is debt left by a refund reversal; new points pay it off first.
  if (member.balance < 0) await settleDebt(tx, member, entry.id, Math.min(input.points, -member.balance));
  return { entryId: entry.id, balance: await moveBalance(tx, member, input.points, lifetimeDelta(input.lifetime, input.points)) };
}

export async function postDebit(tx: Tx, member: LockedMember, input: DebitInput): Promise<PostedEntry> {
  assertPositive(input.points);
  const lots = await openLots(tx, member.id);
  const ordered = orderLots(lots, input.from);
  const { allocations, shortfall } = allocate(ordered, input.points);
  if (shortfall > 0 && input.from.kind !== "reversal") {
    throw new LoyaltyError(member.balance < 0 ? "negative_balance" : "insufficient_points", undefined, {
      needed: input.points,
      available: input.points - shortfall,
    });
  }
  const entry = await tx.ledgerEntry.create({
    data: { ...entryData(member, input), kind: input.kind, points: -input.points },
    select: { id: true },
  });
  if (allocations.length > 0) {
    await tx.ledgerAllocation.createMany({
      data: allocations.map((allocation) => ({
        businessId: member.businessId,
        debitId: entry.id,
        lotId: allocation.lotId,
        points: allocation.points,
      })),
    });
  }
  const lifetime =
    input.lifetime === "spent" ? { spent: input.points } : input.lifetime === "earned_back" ? { earned: -input.points } : {};
  return { entryId: entry.id, balance: await moveBalance(tx, member, -input.points, lifetime) };
}

type OpenLot = Lot & { purchaseId: string | null };

/** Credit entries of a member with points left, i.e. not yet consumed by allocations. */
export async function openLots(tx: Tx, memberId: string): Promise<OpenLot[]> {
  return tx.$queryRaw<OpenLot[]>`
    SELECT l.id, (l.points - COALESCE(used.points, 0))::int AS remaining, l."lotExpiresAt" AS "expiresAt",
           l."availableAt", l."createdAt", l."purchaseId"
    FROM "LedgerEntry" l
    LEFT JOIN LATERAL (SELECT SUM(a.points) AS points FROM "LedgerAllocation" a WHERE a."lotId" = l.id) used ON TRUE
    WHERE l."memberId" = ${memberId} AND l.points > 0 AND l.points > COALESCE(used.points, 0)`;
}

function orderLots(lots: OpenLot[], from: DebitInput["from"]): Lot[] {
  if (from.kind === "spendable") return spendableLots(lots, from.now);
  if (from.kind === "lots") {
    const wanted = new Set(from.lotIds);
    return lots.filter((lot) => wanted.has(lot.id));
  }
  // Reversal: its own purchase's points first, then whatever is left, oldest expiry first.
  const byExpiry = [...lots].sort(
    (a, b) => (a.expiresAt?.getTime() ?? Infinity) - (b.expiresAt?.getTime() ?? Infinity) || a.createdAt.getTime() - b.createdAt.getTime(),
  );
  return [...byExpiry.filter((lot) => lot.purchaseId === from.purchaseId), ...byExpiry.filter((lot) => lot.purchaseId !== from.purchaseId)];
}

/** Allocates part of a new credit to debits that were left uncovered, oldest first. */
async function settleDebt(tx: Tx, member: LockedMember, lotId: string, points: number): Promise<void> {
  const debts = await tx.$queryRaw<{ id: string; owed: number }[]>`
    SELECT d.id, ((-d.points) - COALESCE(SUM(a.points), 0))::int AS owed
    FROM "LedgerEntry" d LEFT JOIN "LedgerAllocation" a ON a."debitId" = d.id
    WHERE d."memberId" = ${member.id} AND d.points < 0
    GROUP BY d.id, d.points, d."createdAt"
    HAVING (-d.points) - COALESCE(SUM(a.points), 0) > 0
    ORDER BY d."createdAt", d.id`;
  let left = points;
  const rows = [];
  for (const debt of debts) {
    if (left === 0) break;
    const take = Math.min(left, debt.owed);
    rows.push({ businessId: member.businessId, debitId: debt.id, lotId, points: take });
    left -= take;
  }
  if (rows.length > 0) await tx.ledgerAllocation.createMany({ data: rows });
}

async function moveBalance(tx: Tx, member: LockedMember, delta: number, lifetime: { earned?: number; spent?: number }): Promise<number> {
  const updated = await tx.member.update({
    where: { id: member.id },
    data: {
      balance: { increment: delta },
      lifetimeEarned: { increment: lifetime.earned ?? 0 },
      lifetimeSpent: { increment: lifetime.spent ?? 0 },
    },
    select: { balance: true },
  });
  member.balance = updated.balance;
  return updated.balance;
}

function lifetimeDelta(kind: CreditInput["lifetime"], points: number) {
  if (kind === "earned") return { earned: points };
  if (kind === "spent_back") return { spent: -points };
  return {};
}

function entryData(member: LockedMember, input: EntryLinks) {
  return {
    businessId: member.businessId,
    memberId: member.id,
    purchaseId: input.purchaseId ?? null,
    redemptionId: input.redemptionId ?? null,
    reversesId: input.reversesId ?? null,
    reason: input.reason ?? null,
    idempotencyKey: input.idempotencyKey ?? null,
    actorUserId: input.actor?.userId ?? null,
    actorApiKeyId: input.actor?.apiKeyId ?? null,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  };
}

function assertPositive(points: number): void {
  if (!Number.isSafeInteger(points) || points <= 0) throw new LoyaltyError("invalid_input", "Points must be a positive whole number.");
}
