// Spending points on a catalog reward: tier gates, stock, per-member limits and active
// windows, then an unguessable voucher. Concurrent redemptions on one member queue on the
// member row lock, so the same points are never spent twice (DESIGN.md §4.3).
import "server-only";
import { LoyaltyError } from "./errors";
import { onceInTransaction } from "./idempotency";
import { postDebit, type Actor } from "./ledger";
import { parseInput, redeemRewardSchema, type RedeemRewardInput } from "./schemas";
import { lockMember } from "./tx";
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

export async function redeemReward(raw: RedeemRewardInput, actor: Actor = {}, now = new Date()): Promise<RedeemResult> {
  const input = parseInput(redeemRewardSchema, raw);
  return onceInTransaction("redeem", input, async (tx) => {
    const member = await lockMember(tx, input.businessId, input.memberId);
    if (!member) throw new LoyaltyError("member_not_found");
    if (member.status !== "ACTIVE") throw new LoyaltyError("member_inactive");
    if (member.balance < 0) throw new LoyaltyError("negative_balance");

    // No lock on the reward here: only a stocked reward needs one, and it is taken by the
    // guarded decrement at the very end, so redemptions of one reward by different members
    // overlap instead of queueing for the whole transaction.
    const reward = await tx.one<{
      id: string; name: string; pointsCost: number; stock: number | null; perMemberLimit: number | null; minTierId: string | null;
      activeFrom: Date | null; activeUntil: Date | null; archivedAt: Date | null; voucherDays: number;
    }>`SELECT id, name, "pointsCost", stock, "perMemberLimit", "minTierId", "activeFrom", "activeUntil", "archivedAt", "voucherDays"
      FROM "Reward" WHERE id = ${input.rewardId} AND "businessId" = ${input.businessId}`;
    if (!reward) throw new LoyaltyError("reward_not_found");
    if (reward.archivedAt || (reward.activeFrom && reward.activeFrom > now) || (reward.activeUntil && reward.activeUntil <= now)) {
      throw new LoyaltyError("reward_unavailable");
    }
    if (reward.minTierId) {
      const tiers = await tx.rows<{ id: string; rank: number }>`
        SELECT id, rank FROM "Tier" WHERE "businessId" = ${input.businessId} AND id = ANY(${[reward.minTierId, member.tierId ?? reward.minTierId]}::text[])`;
      const rank = (id: string | null) => tiers.find((tier) => tier.id === id)?.rank ?? -1;
      if (rank(member.tierId) < rank(reward.minTierId)) throw new LoyaltyError("tier_locked");
    }
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
