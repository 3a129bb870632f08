// Vouchers at the counter: checking one, marking it used, and cancelling one (which gives
// the points and the stock back).
import "server-only";
import { randomUUID } from "node:crypto";
import { LoyaltyError } from "./errors";
import { postCredit, type Actor } from "./ledger";
import { loadProgram, lotExpiry } from "./program";
import { normalizeVoucherCode } from "./rules/voucher-code";
import { cancelRedemptionSchema, parseInput, useVoucherSchema, type CancelRedemptionInput, type UseVoucherInput } from "./schemas";
import { inTransaction, lockMember, type Tx } from "./tx";

export type VoucherUse = { redemptionId: string; code: string; rewardName: string | null; memberId: string; usedAt: string };

export async function useVoucher(raw: UseVoucherInput, actor: Actor = {}, now = new Date()): Promise<VoucherUse> {
  const input = parseInput(useVoucherSchema, raw);
  const code = normalizeVoucherCode(input.code);
  if (!code) throw new LoyaltyError("voucher_not_found");
  return inTransaction(async (tx) => {
    const voucher = await lockVoucher(tx, input.businessId, { code });
    if (voucher.status === "USED") throw new LoyaltyError("already_used", undefined, { usedAt: voucher.usedAt?.toISOString() });
    if (voucher.status === "CANCELLED") throw new LoyaltyError("voucher_cancelled");
    if (voucher.status === "EXPIRED" || voucher.expiresAt <= now) throw new LoyaltyError("expired");
    // The use and its audit entry in one statement: one round trip, and never one without the other.
    await tx.run`
      WITH used AS (
        UPDATE "Redemption" SET status = 'USED', "usedAt" = ${now}::timestamp(3), "usedByUserId" = ${actor.userId ?? null} WHERE id = ${voucher.id}
        RETURNING id
      )
      INSERT INTO "AuditLog" (id, "businessId", "actorUserId", "actorApiKeyId", action, "entityType", "entityId", before, after)
      SELECT ${randomUUID()}, ${input.businessId}, ${actor.userId ?? null}, ${actor.apiKeyId ?? null}, 'voucher.use', 'Redemption', used.id,
        ${{ status: voucher.status }}::jsonb, ${{ status: "USED", usedAt: now.toISOString(), memberId: voucher.memberId }}::jsonb
      FROM used`;
    const reward = voucher.rewardId ? await tx.one<{ name: string }>`SELECT name FROM "Reward" WHERE id = ${voucher.rewardId}` : null;
    return { redemptionId: voucher.id, code: voucher.code, rewardName: reward?.name ?? null, memberId: voucher.memberId, usedAt: now.toISOString() };
  });
}

export async function cancelRedemption(raw: CancelRedemptionInput, actor: Actor = {}, now = new Date()) {
  const input = parseInput(cancelRedemptionSchema, raw);
  return inTransaction(async (tx) => {
    const voucher = await lockVoucher(tx, input.businessId, { id: input.redemptionId });
    if (voucher.status !== "ISSUED") throw new LoyaltyError(voucher.status === "USED" ? "already_used" : "voucher_cancelled");
    return giveBack(tx, voucher, "CANCELLED", input.reason, actor, now);
  });
}

type LockedVoucher = { id: string; businessId: string; code: string; memberId: string; rewardId: string | null; points: number; status: string; expiresAt: Date; usedAt: Date | null };

async function lockVoucher(tx: Tx, businessId: string, by: { code: string } | { id: string }): Promise<LockedVoucher> {
  const rows =
    "code" in by
      ? await tx.rows<LockedVoucher>`SELECT id, "businessId", code, "memberId", "rewardId", points, status::text AS status, "expiresAt", "usedAt"
          FROM "Redemption" WHERE code = ${by.code} AND "businessId" = ${businessId} FOR UPDATE`
      : await tx.rows<LockedVoucher>`SELECT id, "businessId", code, "memberId", "rewardId", points, status::text AS status, "expiresAt", "usedAt"
          FROM "Redemption" WHERE id = ${by.id} AND "businessId" = ${businessId} FOR UPDATE`;
  if (!rows[0]) throw new LoyaltyError("voucher_not_found");
  return rows[0];
}

/**
 * Ends an unused voucher (cancelled, or expired unused) and returns what it took: the stock
 * unit and, for points redemptions, the points as a fresh lot through a REVERSAL credit.
 */
export async function giveBack(tx: Tx, voucher: LockedVoucher, status: "CANCELLED" | "EXPIRED", reason: string, actor: Actor, now: Date) {
  // Lock order member → reward, the same as redeemReward, so the two can never deadlock.
  const member = voucher.points > 0 ? await lockMember(tx, voucher.businessId, voucher.memberId) : null;
  await tx.run`UPDATE "Redemption" SET status = ${status}::"RedemptionStatus" WHERE id = ${voucher.id}`;
  if (voucher.rewardId) {
    await tx.run`UPDATE "Reward" SET stock = stock + 1 WHERE id = ${voucher.rewardId} AND stock IS NOT NULL`;
  }
  let balance: number | null = null;
  if (member) {
    const program = await loadProgram(tx, voucher.businessId);
    const redeem = await tx.one<{ id: string }>`SELECT id FROM "LedgerEntry" WHERE "redemptionId" = ${voucher.id} AND kind = 'REDEEM'`;
    ({ balance } = await postCredit(tx, member, {
      kind: "REVERSAL",
      points: voucher.points,
      lotExpiresAt: lotExpiry(program.program, now),
      lifetime: "spent_back",
      redemptionId: voucher.id,
      reversesId: redeem?.id ?? null,
      reason,
      idempotencyKey: `voucher-back/${voucher.id}`,
      actor,
    }));
  }
  return { redemptionId: voucher.id, status, pointsReturned: voucher.points, balance };
}
