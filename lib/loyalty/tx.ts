import "server-only";
import { pool } from "@/lib/db/client";
import { sqlOn, type Sql } from "@/lib/db/sql";

export type Tx = Sql;

/**
 * Runs one engine operation in a transaction on a pooled connection, at PostgreSQL's default
 * Read Committed. Points operations take the member's row lock (lockMember) first, which
 * serializes them per member; FACTS.md measured that this beats Serializable-with-retries for
 * the same guarantees. Any throw rolls everything back.
 */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(sqlOn(client));
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
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
  const member = await tx.one<LockedMember>`
    SELECT id, "businessId", "userId", "tierId", status::text AS status, balance, "referredById", "tierGraceUntil"
    FROM "Member" WHERE id = ${memberId} AND "businessId" = ${businessId}
    FOR UPDATE`;
  return member ?? null;
}
