// The only writer of LedgerEntry, LedgerAllocation and Member.balance. Every function runs
// inside the caller's transaction after lockMember(), so the ledger row, its lot allocations
// and the cached balance move together (DESIGN.md §4.1) and per member one at a time (§4.3).
import "server-only";
import { randomUUID } from "node:crypto";
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
  /** Also stamps the member's lastActivityAt (a purchase), saving a round trip */
  activityAt?: Date;
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
  const entryId = randomUUID();
  // A negative balance is debt left by a refund reversal; new points pay it off first.
  const debts = member.balance < 0 ? await settleDebt(tx, member, entryId, Math.min(input.points, -member.balance)) : [];
  const balance = await writeEntry(tx, member, {
    entryId,
    links: input,
    kind: input.kind,
    points: input.points,
    lotExpiresAt: input.lotExpiresAt,
    availableAt: input.availableAt ?? null,
    allocations: debts,
    lifetime: lifetimeDelta(input.lifetime, input.points),
    activityAt: input.activityAt ?? null,
  });
  return { entryId, balance };
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
  const entryId = randomUUID();
  const balance = await writeEntry(tx, member, {
    entryId,
    links: input,
    kind: input.kind,
    points: -input.points,
    lotExpiresAt: null,
    availableAt: null,
    allocations: allocations.map((allocation) => ({ debitId: entryId, lotId: allocation.lotId, points: allocation.points })),
    lifetime: input.lifetime === "spent" ? { spent: input.points } : input.lifetime === "earned_back" ? { earned: -input.points } : {},
    activityAt: null,
  });
  return { entryId, balance };
}

type EntryWrite = {
  entryId: string;
  links: EntryLinks;
  kind: LedgerKind;
  points: number;
  lotExpiresAt: Date | null;
  availableAt: Date | null;
  allocations: { debitId: string; lotId: string; points: number }[];
  lifetime: { earned?: number; spent?: number };
  activityAt: Date | null;
};

/**
 * The ledger row, its lot allocations, the lots' remainders and the cached balance in one
 * statement: one round trip on the engine's hottest path, and no window in which they disagree.
 */
async function writeEntry(tx: Tx, member: LockedMember, write: EntryWrite): Promise<number> {
  if (write.points > 0 && write.allocations.length === 0) return writePlainCredit(tx, member, write);
  const { links } = write;
  const isCredit = write.points > 0;
  const settled = write.allocations.reduce((sum, allocation) => sum + allocation.points, 0);
  const rows = await tx.rows<{ balance: number }>`
    WITH entry AS (
      INSERT INTO "LedgerEntry" (id, "businessId", "memberId", kind, points, "lotExpiresAt", "availableAt", "purchaseId",
        "redemptionId", "reversesId", "actorUserId", "actorApiKeyId", reason, "idempotencyKey", "createdAt")
      VALUES (${write.entryId}, ${member.businessId}, ${member.id}, ${write.kind}::"LedgerKind", ${write.points},
        ${write.lotExpiresAt}::timestamp(3), ${write.availableAt}::timestamp(3), ${links.purchaseId ?? null}, ${links.redemptionId ?? null},
        ${links.reversesId ?? null}, ${links.actor?.userId ?? null}, ${links.actor?.apiKeyId ?? null}, ${links.reason ?? null},
        ${links.idempotencyKey ?? null}, COALESCE(${links.createdAt ?? null}::timestamp(3), now()))
      RETURNING id, "createdAt"
    ), allocation AS (
      INSERT INTO "LedgerAllocation" (id, "businessId", "debitId", "lotId", points)
      SELECT gen_random_uuid()::text, ${member.businessId}, a.debit, a.lot, a.points
      FROM unnest(${write.allocations.map((a) => a.debitId)}::text[], ${write.allocations.map((a) => a.lotId)}::text[],
                  ${write.allocations.map((a) => a.points)}::int[]) AS a(debit, lot, points)
      WHERE EXISTS (SELECT 1 FROM entry)
    ), new_lot AS (
      INSERT INTO "LedgerLot" ("entryId", "businessId", "memberId", remaining, "expiresAt", "availableAt", "purchaseId", "createdAt")
      SELECT entry.id, ${member.businessId}, ${member.id}, ${write.points - settled}, ${write.lotExpiresAt}::timestamp(3),
             ${write.availableAt}::timestamp(3), ${links.purchaseId ?? null}, entry."createdAt"
      FROM entry WHERE ${isCredit}
    ), used_lots AS (
      UPDATE "LedgerLot" lot SET remaining = lot.remaining - used.points
      FROM unnest(${write.allocations.map((a) => a.lotId)}::text[], ${write.allocations.map((a) => a.points)}::int[]) AS used(lot, points)
      WHERE lot."entryId" = used.lot AND NOT ${isCredit}
    )
    UPDATE "Member" SET balance = balance + ${write.points},
      "lifetimeEarned" = "lifetimeEarned" + ${write.lifetime.earned ?? 0},
      "lifetimeSpent" = "lifetimeSpent" + ${write.lifetime.spent ?? 0},
      "lastActivityAt" = COALESCE(${write.activityAt}::timestamp(3), "lastActivityAt"),
      "updatedAt" = now()
    WHERE id = ${member.id}
    RETURNING balance`;
  member.balance = rows[0]!.balance;
  return member.balance;
}

/** The common case (earning with no debt to settle): entry, its lot and the balance. */
async function writePlainCredit(tx: Tx, member: LockedMember, write: EntryWrite): Promise<number> {
  const { links } = write;
  const rows = await tx.rows<{ balance: number }>`
    WITH entry AS (
      INSERT INTO "LedgerEntry" (id, "businessId", "memberId", kind, points, "lotExpiresAt", "availableAt", "purchaseId",
        "redemptionId", "reversesId", "actorUserId", "actorApiKeyId", reason, "idempotencyKey", "createdAt")
      VALUES (${write.entryId}, ${member.businessId}, ${member.id}, ${write.kind}::"LedgerKind", ${write.points},
        ${write.lotExpiresAt}::timestamp(3), ${write.availableAt}::timestamp(3), ${links.purchaseId ?? null}, ${links.redemptionId ?? null},
        ${links.reversesId ?? null}, ${links.actor?.userId ?? null}, ${links.actor?.apiKeyId ?? null}, ${links.reason ?? null},
        ${links.idempotencyKey ?? null}, COALESCE(${links.createdAt ?? null}::timestamp(3), now()))
      RETURNING id, "createdAt"
    ), new_lot AS (
      INSERT INTO "LedgerLot" ("entryId", "businessId", "memberId", remaining, "expiresAt", "availableAt", "purchaseId", "createdAt")
      SELECT entry.id, ${member.businessId}, ${member.id}, ${write.points}, ${write.lotExpiresAt}::timestamp(3),
             ${write.availableAt}::timestamp(3), ${links.purchaseId ?? null}, entry."createdAt"
      FROM entry
    )
    UPDATE "Member" SET balance = balance + ${write.points},
      "lifetimeEarned" = "lifetimeEarned" + ${write.lifetime.earned ?? 0},
      "lifetimeSpent" = "lifetimeSpent" + ${write.lifetime.spent ?? 0},
      "lastActivityAt" = COALESCE(${write.activityAt}::timestamp(3), "lastActivityAt"),
      "updatedAt" = now()
    WHERE id = ${member.id}
    RETURNING balance`;
  member.balance = rows[0]!.balance;
  return member.balance;
}

type OpenLot = Lot & { purchaseId: string | null };

/** Credit lots of a member with points left (LedgerLot keeps the remainders). */
export async function openLots(tx: Tx, memberId: string): Promise<OpenLot[]> {
  return tx.rows<OpenLot>`
    SELECT "entryId" AS id, remaining, "expiresAt", "availableAt", "createdAt", "purchaseId"
    FROM "LedgerLot" WHERE "memberId" = ${memberId} AND remaining > 0`;
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

/** Which uncovered debits a new credit pays off, oldest first (written with the credit). */
async function settleDebt(tx: Tx, member: LockedMember, lotId: string, points: number) {
  const debts = await tx.rows<{ id: string; owed: number }>`
    SELECT d.id, ((-d.points) - COALESCE(SUM(a.points), 0))::int AS owed
    FROM "LedgerEntry" d LEFT JOIN "LedgerAllocation" a ON a."debitId" = d.id
    WHERE d."memberId" = ${member.id} AND d.points < 0
    GROUP BY d.id, d.points, d."createdAt"
    HAVING (-d.points) - COALESCE(SUM(a.points), 0) > 0
    ORDER BY d."createdAt", d.id`;
  let left = points;
  const allocations = [];
  for (const debt of debts) {
    if (left === 0) break;
    const take = Math.min(left, debt.owed);
    allocations.push({ debitId: debt.id, lotId, points: take });
    left -= take;
  }
  return allocations;
}

function lifetimeDelta(kind: CreditInput["lifetime"], points: number) {
  if (kind === "earned") return { earned: points };
  if (kind === "spent_back") return { spent: -points };
  return {};
}

function assertPositive(points: number): void {
  if (!Number.isSafeInteger(points) || points <= 0) throw new LoyaltyError("invalid_input", "Points must be a positive whole number.");
}
