import "server-only";
import { randomUUID } from "node:crypto";
import { qualifyingWindow, reviewTier, tierFor } from "./rules/tiers";
import { pool } from "@/lib/db/client";
import { queueTierReached } from "@/lib/email/milestone-notices";
import { loadProgramLockingMember, type LoadedProgram } from "./program";
import { inTransaction, type LockedMember, type Tx } from "./tx";

/** Qualifying spend (net of refunds, cash part only) or points earned in the program's window. */
export async function qualifyingTotal(tx: Tx, program: LoadedProgram, memberId: string, now: Date): Promise<number> {
  const { from, to } = qualifyingWindow(now, program.program.tierWindow, program.timeZone);
  if (program.program.tierBasis === "POINTS") {
    const rows = await tx.rows<{ total: number }>`
      SELECT COALESCE(SUM(points), 0)::int AS total FROM "LedgerEntry"
      WHERE "memberId" = ${memberId} AND kind = 'EARN' AND "createdAt" >= ${from} AND "createdAt" <= ${to}`;
    return rows[0]?.total ?? 0;
  }
  const rows = await tx.rows<{ total: number }>`
    SELECT COALESCE(SUM("amountMinor" - "refundedMinor" - "pointsPaidMinor"), 0)::int AS total FROM "Purchase"
    WHERE "memberId" = ${memberId} AND "occurredAt" >= ${from} AND "occurredAt" <= ${to}`;
  return rows[0]?.total ?? 0;
}

/**
 * Upgrades at once when the member qualifies for a higher tier (called after each purchase).
 * Downgrades happen only in reviewMemberTier, after the grace period.
 */
export async function upgradeIfQualified(tx: Tx, program: LoadedProgram, member: LockedMember, now: Date) {
  if (program.tiers.length === 0) return null;
  const qualifying = await qualifyingTotal(tx, program, member.id, now);
  const target = tierFor(program.tiers, qualifying);
  const current = program.tiers.find((tier) => tier.id === member.tierId) ?? null;
  if (!target || (current && target.rank <= current.rank)) return null;
  const changeId = await changeTier(tx, member, target.id, `Qualified with ${qualifying} in the tier window`);
  const reached = program.tiers.find((tier) => tier.id === target.id);
  if (reached) await queueTierReached(tx, member, reached, changeId, now);
  return target;
}

/** The periodic requalification: upgrade, start or end a grace period, or downgrade. */
export async function reviewMemberTier(tx: Tx, program: LoadedProgram, member: LockedMember, now: Date) {
  const qualifying = await qualifyingTotal(tx, program, member.id, now);
  const decision = reviewTier({
    tiers: program.tiers,
    currentTierId: member.tierId,
    qualifying,
    graceUntil: member.tierGraceUntil,
    graceDays: program.program.tierGraceDays,
    now,
  });
  switch (decision.kind) {
    case "upgrade": {
      const changeId = await changeTier(tx, member, decision.tierId, `Qualified with ${qualifying} at review`);
      const tier = program.tiers.find((candidate) => candidate.id === decision.tierId);
      if (tier) await queueTierReached(tx, member, tier, changeId, now);
      break;
    }
    case "downgrade":
      await changeTier(tx, member, decision.tierId, `Requalification: ${qualifying} after the grace period`);
      break;
    case "start_grace":
      await tx.run`UPDATE "Member" SET "tierGraceUntil" = ${decision.graceUntil}::timestamp(3), "updatedAt" = now() WHERE id = ${member.id}`;
      member.tierGraceUntil = decision.graceUntil;
      break;
    case "keep":
      if (decision.clearGrace) {
        await tx.run`UPDATE "Member" SET "tierGraceUntil" = NULL, "updatedAt" = now() WHERE id = ${member.id}`;
        member.tierGraceUntil = null;
      }
  }
  return decision;
}

async function changeTier(tx: Tx, member: LockedMember, toTierId: string | null, reason: string): Promise<string> {
  const changeId = randomUUID();
  await tx.run`UPDATE "Member" SET "tierId" = ${toTierId}, "tierGraceUntil" = NULL, "updatedAt" = now() WHERE id = ${member.id}`;
  await tx.run`
    INSERT INTO "TierChange" (id, "businessId", "memberId", "fromTierId", "toTierId", reason)
    VALUES (${changeId}, ${member.businessId}, ${member.id}, ${member.tierId}, ${toTierId}, ${reason})`;
  member.tierId = toTierId;
  member.tierGraceUntil = null;
  return changeId;
}

/**
 * The periodic requalification of a whole business (run daily by a cron route): each member
 * is reviewed in its own short transaction under its row lock, so a long run never blocks
 * the counter. Safe to re-run: a second pass finds nothing left to change.
 */
export async function reviewTiers(businessId: string, now = new Date()) {
  const members = await pool
    .query<{ id: string }>(`SELECT id FROM "Member" WHERE "businessId" = $1 AND status = 'ACTIVE' ORDER BY id`, [businessId])
    .then((result) => result.rows);
  const counts = { reviewed: 0, upgraded: 0, downgraded: 0, graceStarted: 0 };
  for (const { id } of members) {
    const decision = await inTransaction(async (tx) => {
      const { program, member } = await loadProgramLockingMember(tx, businessId, id);
      return member && program.tiers.length > 0 ? reviewMemberTier(tx, program, member, now) : null;
    });
    if (!decision) continue;
    counts.reviewed++;
    if (decision.kind === "upgrade") counts.upgraded++;
    if (decision.kind === "downgrade") counts.downgraded++;
    if (decision.kind === "start_grace") counts.graceStarted++;
  }
  return counts;
}
