// The rewards catalog as a till or web shop sees it: what is live right now, cheapest first.
import "server-only";
import { db } from "@/lib/db/client";

export type CatalogReward = {
  id: string;
  kind: string;
  name: string;
  description: string;
  pointsCost: number;
  minTier: { id: string; name: string } | null;
  stock: number | null;
  perMemberLimit: number | null;
  activeFrom: string | null;
  activeUntil: string | null;
  partnerName: string | null;
};

export async function listCatalog(businessId: string, now = new Date()): Promise<CatalogReward[]> {
  const rewards = await db.reward.findMany({
    where: {
      businessId,
      archivedAt: null,
      OR: [{ activeFrom: null }, { activeFrom: { lte: now } }],
      AND: [{ OR: [{ activeUntil: null }, { activeUntil: { gt: now } }] }],
    },
    orderBy: [{ pointsCost: "asc" }, { name: "asc" }],
    select: {
      id: true, kind: true, name: true, description: true, pointsCost: true, stock: true, perMemberLimit: true,
      activeFrom: true, activeUntil: true, partnerName: true, minTier: { select: { id: true, name: true } },
    },
  });
  return rewards.map((reward) => ({
    ...reward,
    activeFrom: reward.activeFrom?.toISOString() ?? null,
    activeUntil: reward.activeUntil?.toISOString() ?? null,
  }));
}
