import "server-only";
import { postCredit } from "./ledger";
import { lotExpiry, type LoadedProgram } from "./program";
import { lockMember, type LockedMember, type Tx } from "./tx";

/**
 * Pays the referral bonuses once, on the referred member's first purchase that earned points
 * (so signing up alone earns the referrer nothing). Returns the referred member's balance, or
 * null when nothing was paid.
 */
export async function payReferralBonus(tx: Tx, program: LoadedProgram, member: LockedMember, now: Date): Promise<number | null> {
  const { referralBonus, referredBonus } = program.program;
  if (!member.referredById || (referralBonus <= 0 && referredBonus <= 0)) return null;
  const key = `referral/referred/${member.id}`;
  const paid = await tx.one`SELECT id FROM "LedgerEntry" WHERE "businessId" = ${member.businessId} AND "idempotencyKey" = ${key}`;
  if (paid) return null;

  let balance: number | null = null;
  if (referredBonus > 0) {
    ({ balance } = await postCredit(tx, member, {
      kind: "BONUS",
      points: referredBonus,
      lotExpiresAt: lotExpiry(program.program, now),
      lifetime: "earned",
      reason: "Welcome bonus for joining through a friend",
      idempotencyKey: key,
    }));
  }
  const referrer = await lockMember(tx, member.businessId, member.referredById);
  if (referralBonus > 0 && referrer && referrer.status === "ACTIVE") {
    await postCredit(tx, referrer, {
      kind: "BONUS",
      points: referralBonus,
      lotExpiresAt: lotExpiry(program.program, now),
      lifetime: "earned",
      reason: "Thank you for referring a friend",
      idempotencyKey: `referral/referrer/${member.id}`,
    });
  }
  return balance;
}
