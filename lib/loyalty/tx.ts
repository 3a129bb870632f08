import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * Runs one engine operation in a Read Committed transaction. Points operations take the
 * member's row lock (lockMember) first, which serializes them per member; FACTS.md measured
 * that this beats Serializable-with-retries for the same guarantees.
 */
export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { isolationLevel: "ReadCommitted", timeout: 15_000, maxWait: 10_000 });
}

export type LockedMember = {
  id: string;
  businessId: string;
  userId: string | null;
  tierId: string | null;
  status: "ACTIVE" | "SUSPENDED" | "DELETED";
  balance: number;
  referredById: string | null;
  tierGraceUntil: Date | null;
};

/** Locks the member row for the rest of the transaction; refuses other businesses' members. */
export async function lockMember(tx: Tx, businessId: string, memberId: string): Promise<LockedMember | null> {
  const rows = await tx.$queryRaw<LockedMember[]>`
    SELECT id, "businessId", "userId", "tierId", status::text AS status, balance, "referredById", "tierGraceUntil"
    FROM "Member" WHERE id = ${memberId} AND "businessId" = ${businessId}
    FOR UPDATE`;
  return rows[0] ?? null;
}
