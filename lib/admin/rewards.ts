// The owner's rewards catalog: list with what each reward has done, create, edit, archive.
// Every lookup is scoped by businessId, so another business's id is simply "not found"; every
// change writes its audit row in the same transaction. A reward is archived, never deleted:
// its redemptions, vouchers and ledger entries keep pointing at it.
import "server-only";
import { UserError } from "@/lib/actions/user-error";
import { recordAudit } from "@/lib/admin/audit";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RewardKind } from "@/lib/generated/prisma/enums";
import { checkRewardImage, rewardImageIdFromUrl, rewardImageUrl } from "./rewards-image";
import type { RewardFields } from "./rewards-schemas";
import { instantToLocalInput, localInputToInstant } from "./rewards-time";

export type RewardStatus = "active" | "scheduled" | "ended" | "archived";

export type AdminReward = {
  id: string;
  kind: RewardKind;
  name: string;
  pointsCost: number;
  costMinor: number;
  partnerName: string | null;
  minTierName: string | null;
  stockLeft: number | null;
  perMemberLimit: number | null;
  activeFrom: Date | null;
  activeUntil: Date | null;
  imageUrl: string | null;
  timesRedeemed: number;
  status: RewardStatus;
};

export function rewardStatus(reward: { archivedAt: Date | null; activeFrom: Date | null; activeUntil: Date | null }, now: Date): RewardStatus {
  if (reward.archivedAt) return "archived";
  if (reward.activeFrom && reward.activeFrom > now) return "scheduled";
  if (reward.activeUntil && reward.activeUntil <= now) return "ended";
  return "active";
}

export async function listRewards(businessId: string, now = new Date()): Promise<AdminReward[]> {
  const [rewards, redeemed] = await Promise.all([
    db.reward.findMany({
      where: { businessId },
      orderBy: [{ pointsCost: "asc" }, { name: "asc" }],
      select: {
        id: true, kind: true, name: true, pointsCost: true, costMinor: true, partnerName: true, stock: true, perMemberLimit: true,
        activeFrom: true, activeUntil: true, imageUrl: true, archivedAt: true, minTier: { select: { name: true } },
      },
    }),
    db.redemption.groupBy({ by: ["rewardId"], where: { businessId, status: { not: "CANCELLED" }, rewardId: { not: null } }, _count: { _all: true } }),
  ]);
  const counts = new Map(redeemed.map((row) => [row.rewardId, row._count._all]));
  return rewards.map(({ stock, minTier, archivedAt, ...reward }) => ({
    ...reward,
    stockLeft: stock,
    minTierName: minTier?.name ?? null,
    timesRedeemed: counts.get(reward.id) ?? 0,
    status: rewardStatus({ archivedAt, activeFrom: reward.activeFrom, activeUntil: reward.activeUntil }, now),
  }));
}

/** The reward as its edit form shows it (window in the business's wall-clock time), or null. */
export async function getRewardForEdit(businessId: string, rewardId: string) {
  const [reward, business] = await Promise.all([
    db.reward.findFirst({ where: { id: rewardId, businessId } }),
    db.business.findUniqueOrThrow({ where: { id: businessId }, select: { timeZone: true } }),
  ]);
  if (!reward) return null;
  return {
    id: reward.id,
    kind: reward.kind,
    name: reward.name,
    description: reward.description,
    pointsCost: reward.pointsCost,
    costMinor: reward.costMinor,
    discountMinor: reward.discountMinor,
    discountBp: reward.discountBp,
    minTierId: reward.minTierId,
    stock: reward.stock,
    perMemberLimit: reward.perMemberLimit,
    activeFrom: reward.activeFrom ? instantToLocalInput(reward.activeFrom, business.timeZone) : "",
    activeUntil: reward.activeUntil ? instantToLocalInput(reward.activeUntil, business.timeZone) : "",
    partnerName: reward.partnerName ?? "",
    voucherDays: reward.voucherDays,
    imageUrl: reward.imageUrl,
    archived: reward.archivedAt !== null,
  };
}
export type RewardForEdit = NonNullable<Awaited<ReturnType<typeof getRewardForEdit>>>;

type Change = { businessId: string; actorUserId: string; input: RewardFields };

/** Everything that can be refused is checked before the transaction, so a refusal writes nothing. */
async function prepare({ businessId, input }: Change) {
  const business = await db.business.findUniqueOrThrow({ where: { id: businessId }, select: { timeZone: true } });
  if (input.minTierId && !(await db.tier.findFirst({ where: { id: input.minTierId, businessId }, select: { id: true } }))) {
    throw new UserError("No such tier.", { key: "adminRewards.errors.noSuchTier" });
  }
  const image = input.image ? checkRewardImage(input.image) : null;
  if (image && !image.ok) throw new UserError(image.message, { key: image.key });
  const activeFrom = input.activeFrom ? localInputToInstant(input.activeFrom, business.timeZone) : null;
  const activeUntil = input.activeUntil ? localInputToInstant(input.activeUntil, business.timeZone) : null;
  if ((input.activeFrom && !activeFrom) || (input.activeUntil && !activeUntil)) throw new UserError("That date does not exist.", { key: "adminRewards.errors.noSuchDate" });
  if (activeFrom && activeUntil && activeUntil <= activeFrom) throw new UserError("The end must come after the start.", { key: "adminRewards.errors.windowOrder" });
  const data = {
    kind: input.kind,
    name: input.name,
    description: input.description,
    pointsCost: input.pointsCost,
    costMinor: input.costMinor,
    discountMinor: input.discountMinor,
    discountBp: input.discountBp,
    minTierId: input.minTierId,
    stock: input.stock,
    perMemberLimit: input.perMemberLimit,
    activeFrom,
    activeUntil,
    partnerName: input.kind === "PARTNER" || input.kind === "DONATION" ? input.partnerName : null,
    voucherDays: input.voucherDays,
  };
  return { data, image: image?.ok && input.image ? { contentType: image.contentType, bytes: new Uint8Array(input.image) } : null };
}

type Snapshot = Prisma.RewardGetPayload<object>;

function auditView(reward: Snapshot): Prisma.InputJsonObject {
  return {
    kind: reward.kind, name: reward.name, description: reward.description, pointsCost: reward.pointsCost, costMinor: reward.costMinor,
    discountMinor: reward.discountMinor, discountBp: reward.discountBp, minTierId: reward.minTierId, stock: reward.stock,
    perMemberLimit: reward.perMemberLimit, activeFrom: reward.activeFrom?.toISOString() ?? null,
    activeUntil: reward.activeUntil?.toISOString() ?? null, partnerName: reward.partnerName, imageUrl: reward.imageUrl,
    voucherDays: reward.voucherDays, archivedAt: reward.archivedAt?.toISOString() ?? null,
  };
}

async function storeImage(tx: Prisma.TransactionClient, businessId: string, image: { contentType: string; bytes: Uint8Array<ArrayBuffer> }) {
  const row = await tx.rewardImage.create({ data: { businessId, contentType: image.contentType, data: image.bytes }, select: { id: true } });
  return rewardImageUrl(row.id);
}

export async function createReward(change: Change, now = new Date()): Promise<{ rewardId: string }> {
  const { data, image } = await prepare(change);
  // A new reward whose window is already over is a typo, not a wish.
  if (data.activeUntil && data.activeUntil <= now) throw new UserError("The end of the window is already past.", { key: "adminRewards.errors.windowPast" });
  return db.$transaction(async (tx) => {
    const imageUrl = image ? await storeImage(tx, change.businessId, image) : null;
    const reward = await tx.reward.create({ data: { ...data, imageUrl, businessId: change.businessId } });
    await recordAudit(tx, {
      businessId: change.businessId, actorUserId: change.actorUserId, action: "reward.create", entityType: "Reward", entityId: reward.id,
      after: auditView(reward),
    });
    return { rewardId: reward.id };
  });
}

export async function updateReward(change: Change & { rewardId: string }): Promise<void> {
  const { data, image } = await prepare(change);
  await db.$transaction(async (tx) => {
    const before = await tx.reward.findFirst({ where: { id: change.rewardId, businessId: change.businessId } });
    if (!before) throw new UserError("No such reward.", { key: "adminRewards.errors.noSuchReward" });
    let imageUrl = before.imageUrl;
    if (image || change.input.removeImage) {
      // The old picture goes with its last reference; a new one gets a new id, hence a new URL,
      // which is what lets the image route cache forever.
      const oldImageId = rewardImageIdFromUrl(before.imageUrl);
      if (oldImageId) await tx.rewardImage.deleteMany({ where: { id: oldImageId, businessId: change.businessId } });
      imageUrl = image ? await storeImage(tx, change.businessId, image) : null;
    }
    const after = await tx.reward.update({ where: { id: before.id }, data: { ...data, imageUrl } });
    await recordAudit(tx, {
      businessId: change.businessId, actorUserId: change.actorUserId, action: "reward.update", entityType: "Reward", entityId: before.id,
      before: auditView(before), after: auditView(after),
    });
  });
}

export async function setRewardArchived(input: { businessId: string; actorUserId: string; rewardId: string; archived: boolean }, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.reward.findFirst({ where: { id: input.rewardId, businessId: input.businessId } });
    if (!before) throw new UserError("No such reward.", { key: "adminRewards.errors.noSuchReward" });
    if ((before.archivedAt !== null) === input.archived) return;
    const after = await tx.reward.update({ where: { id: before.id }, data: { archivedAt: input.archived ? now : null } });
    await recordAudit(tx, {
      businessId: input.businessId, actorUserId: input.actorUserId, action: input.archived ? "reward.archive" : "reward.unarchive",
      entityType: "Reward", entityId: before.id, before: { archivedAt: before.archivedAt?.toISOString() ?? null },
      after: { archivedAt: after.archivedAt?.toISOString() ?? null },
    });
  });
}

/** The tiers a reward can be gated on (the entry tier gates nothing). */
export async function listGateTiers(businessId: string) {
  return db.tier.findMany({ where: { businessId, rank: { gt: 0 } }, orderBy: { rank: "asc" }, select: { id: true, name: true } });
}
