// The rewards catalog as one member sees it, and that member's vouchers. Each reward carries
// the reason it cannot be redeemed right now, using the same checks as redeemReward, so the
// page never offers a button the engine would refuse (the engine still decides).
import "server-only";
import { db } from "@/lib/db/client";
import type { RedemptionStatus, RewardKind } from "@/lib/generated/prisma/enums";

export type RewardAvailability = "available" | "unaffordable" | "tier_locked" | "out_of_stock" | "limit_reached" | "inactive";

export type CatalogReward = {
  id: string;
  kind: RewardKind;
  name: string;
  description: string;
  pointsCost: number;
  partnerName: string | null;
  /** An uploaded picture (/media/rewards/<id>), or null */
  imageUrl: string | null;
  minTierName: string | null;
  stock: number | null;
  availability: RewardAvailability;
  /** Points still missing when unaffordable */
  shortBy: number;
};

export type MemberVoucher = {
  id: string;
  code: string;
  /** The reward's name; a voucher without a reward is named by its kind (`unnamed`) in the reader's language */
  name: string | null;
  unnamed: "cashback" | "voucher";
  points: number;
  status: RedemptionStatus;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
};

export async function getRewardCatalog(input: { businessId: string; memberId: string }, now = new Date()): Promise<{ balance: number; rewards: CatalogReward[] }> {
  const member = await db.member.findFirstOrThrow({
    where: { id: input.memberId, businessId: input.businessId },
    select: { balance: true, tier: { select: { rank: true } } },
  });
  const [rewards, taken] = await Promise.all([
    db.reward.findMany({
      where: { businessId: input.businessId, archivedAt: null },
      orderBy: [{ pointsCost: "asc" }, { name: "asc" }],
      select: {
        id: true, kind: true, name: true, description: true, pointsCost: true, partnerName: true, stock: true,
        perMemberLimit: true, activeFrom: true, activeUntil: true, imageUrl: true, minTier: { select: { name: true, rank: true } },
      },
    }),
    db.redemption.groupBy({ by: ["rewardId"], where: { memberId: input.memberId, status: { not: "CANCELLED" } }, _count: { _all: true } }),
  ]);
  const rank = member.tier?.rank ?? -1;
  return {
    balance: member.balance,
    rewards: rewards.map((reward) => {
      const used = taken.find((row) => row.rewardId === reward.id)?._count._all ?? 0;
      let availability: RewardAvailability = "available";
      if ((reward.activeFrom && reward.activeFrom > now) || (reward.activeUntil && reward.activeUntil <= now)) availability = "inactive";
      else if (reward.minTier && rank < reward.minTier.rank) availability = "tier_locked";
      else if (reward.stock !== null && reward.stock <= 0) availability = "out_of_stock";
      else if (reward.perMemberLimit !== null && used >= reward.perMemberLimit) availability = "limit_reached";
      else if (member.balance < reward.pointsCost) availability = "unaffordable";
      return {
        id: reward.id,
        kind: reward.kind,
        name: reward.name,
        description: reward.description,
        pointsCost: reward.pointsCost,
        partnerName: reward.partnerName,
        imageUrl: reward.imageUrl,
        minTierName: reward.minTier?.name ?? null,
        stock: reward.stock,
        availability,
        shortBy: Math.max(0, reward.pointsCost - member.balance),
      };
    }),
  };
}

const voucherSelect = {
  id: true, code: true, points: true, status: true, expiresAt: true, usedAt: true, createdAt: true, source: true,
  reward: { select: { name: true } },
} as const;

type VoucherRow = { id: string; code: string; points: number; status: RedemptionStatus; expiresAt: Date; usedAt: Date | null; createdAt: Date; source: string; reward: { name: string } | null };

function toVoucher(row: VoucherRow, now: Date): MemberVoucher {
  // An issued voucher past its date is expired for the member even before the expiry job runs.
  const status = row.status === "ISSUED" && row.expiresAt <= now ? "EXPIRED" : row.status;
  const unnamed = row.source === "CASHBACK" ? "cashback" : "voucher";
  return { id: row.id, code: row.code, name: row.reward?.name ?? null, unnamed, points: row.points, status, expiresAt: row.expiresAt, usedAt: row.usedAt, createdAt: row.createdAt };
}

export async function getMemberVouchers(input: { businessId: string; memberId: string; limit?: number }, now = new Date()): Promise<MemberVoucher[]> {
  const rows = await db.redemption.findMany({
    where: { businessId: input.businessId, memberId: input.memberId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit ?? 50,
    select: voucherSelect,
  });
  return rows.map((row) => toVoucher(row, now));
}

/** One voucher, only when it belongs to this member in this business; otherwise null (a 404). */
export async function getMemberVoucher(input: { businessId: string; memberId: string; redemptionId: string }, now = new Date()): Promise<MemberVoucher | null> {
  const row = await db.redemption.findFirst({
    where: { id: input.redemptionId, businessId: input.businessId, memberId: input.memberId },
    select: voucherSelect,
  });
  return row ? toVoucher(row, now) : null;
}
