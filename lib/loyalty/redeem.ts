// Spending points on a catalog reward: tier gates, stock, per-member limits and active
// windows, then an unguessable voucher. Concurrent redemptions on one member queue on the
// member row lock, so the same points are never spent twice (DESIGN.md §4.3).
import "server-only";
import { LoyaltyError } from "./errors";
import { onceInTransaction } from "./idempotency";
import { postDebit, type Actor } from "./ledger";
import { parseInput, redeemRewardSchema, type RedeemRewardInput } from "./schemas";
import type { LockedMember } from "./tx";
import { issueVoucher } from "./vouchers";

export type RedeemResult = {
  redemptionId: string;
  code: string;
  rewardName: string;
  pointsSpent: number;
  balance: number;
  expiresAt: string;
  replayed: boolean;
};

type RewardRow = {
  name: string; pointsCost: number; stock: number | null; perMemberLimit: number | null; minTierId: string | null;
  activeFrom: Date | null; activeUntil: Date | null; archivedAt: Date | null; voucherDays: number;
};

export async function redeemReward(raw: RedeemRewardInput, actor: Actor = {}, now = new Date()): Promise<RedeemResult> {
  const input = parseInput(redeemRewardSchema, raw);
  return onceInTransaction("redeem", input, async (tx) => {
    // One round trip: the member's row lock (lockMember), the reward and both tier ranks. No
    // lock on the reward: only a stocked reward needs one, taken by the guarded decrement at
    // the very end, so redemptions of one reward by different members overlap.
    const row = await tx.one<LockedMember & RewardRow & { memberId: string | null; rewardId: string | null; minRank: number | null; memberRank: number | null }>`
      WITH locked AS (
        SELECT id, "businessId", "userId", "tierId", status::text AS status, balance, "referredById", "tierGraceUntil"
        FROM "Member" WHERE id = ${input.memberId} AND "businessId" = ${input.businessId}
        FOR UPDATE
      )
      SELECT locked.id AS "memberId", locked."businessId", locked."userId", locked."tierId", locked.status, locked.balance,
             locked."referredById", locked."tierGraceUntil",
             r.id AS "rewardId", r.name, r."pointsCost", r.stock, r."perMemberLimit", r."minTierId", r."activeFrom", r."activeUntil",
             r."archivedAt", r."voucherDays",
             (SELECT rank FROM "Tier" WHERE id = r."minTierId") AS "minRank",
             (SELECT rank FROM "Tier" WHERE id = locked."tierId") AS "memberRank"
      FROM (SELECT 1) AS one LEFT JOIN locked ON TRUE
      LEFT JOIN "Reward" r ON r.id = ${input.rewardId} AND r."businessId" = ${input.businessId}`;
    if (!row?.memberId) throw new LoyaltyError("member_not_found");
    const member: LockedMember = {
      id: row.memberId, businessId: row.businessId, userId: row.userId, tierId: row.tierId, status: row.status,
      balance: row.balance, referredById: row.referredById, tierGraceUntil: row.tierGraceUntil,
    };
    if (member.status !== "ACTIVE") throw new LoyaltyError("member_inactive");
    if (member.balance < 0) throw new LoyaltyError("negative_balance");
    if (!row.rewardId) throw new LoyaltyError("reward_not_found");
    const reward = { ...row, id: row.rewardId };
    if (reward.archivedAt || (reward.activeFrom && reward.activeFrom > now) || (reward.activeUntil && reward.activeUntil <= now)) {
      throw new LoyaltyError("reward_unavailable");
    }
    if (reward.minTierId && (row.memberRank ?? -1) < (row.minRank ?? 0)) throw new LoyaltyError("tier_locked");
    if (reward.stock !== null && reward.stock <= 0) throw new LoyaltyError("out_of_stock");
    if (reward.perMemberLimit !== null) {
      const { taken } = (await tx.one<{ taken: number }>`
        SELECT COUNT(*)::int AS taken FROM "Redemption" WHERE "memberId" = ${member.id} AND "rewardId" = ${reward.id} AND status <> 'CANCELLED'`)!;
      if (taken >= reward.perMemberLimit) throw new LoyaltyError("limit_reached");
    }

    const voucher = await issueVoucher(tx, {
      businessId: input.businessId,
      memberId: member.id,
      rewardId: reward.id,
      rewardName: reward.name,
      source: "POINTS",
      points: reward.pointsCost,
      validDays: reward.voucherDays,
      now,
      idempotencyKey: input.idempotencyKey ?? null,
    });
    const { balance } = await postDebit(tx, member, {
      kind: "REDEEM",
      points: reward.pointsCost,
      from: { kind: "spendable", now },
      lifetime: "spent",
      redemptionId: voucher.redemptionId,
      reason: reward.name,
      actor,
    });
    if (reward.stock !== null) {
      const taken = await tx.run`UPDATE "Reward" SET stock = stock - 1, "updatedAt" = now() WHERE id = ${reward.id} AND stock > 0`;
      if (taken === 0) throw new LoyaltyError("out_of_stock");
    }
    return { redemptionId: voucher.redemptionId, code: voucher.code, rewardName: reward.name, pointsSpent: reward.pointsCost, balance, expiresAt: voucher.expiresAt };
  });
}
