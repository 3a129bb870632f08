// What a visitor sees before joining a business's program: how points are earned, the tiers
// and the rewards. Public information only; nothing about any member.
import "server-only";
import { db } from "@/lib/db/client";
import type { RewardKind } from "@/lib/generated/prisma/enums";

export type JoinProgram = {
  business: { id: string; slug: string; name: string; currency: string; locale: string; brandColor: string };
  earnPoints: number;
  earnPerMinor: number;
  signupBonus: number;
  referredBonus: number;
  birthdayBonus: number;
  visitDiscount: { baseBp: number; stepBp: number; capBp: number; period: string } | null;
  tierBasis: "SPEND" | "POINTS";
  tiers: { name: string; threshold: number; multiplierBp: number; perks: string }[];
  rewards: { id: string; kind: RewardKind; name: string; description: string; pointsCost: number; minTierName: string | null }[];
  punchCards: { name: string; stampsRequired: number; rewardName: string | null }[];
};

export async function getJoinProgram(slug: string, now = new Date()): Promise<JoinProgram | null> {
  const business = await db.business.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, currency: true, locale: true, brandColor: true,
      program: true,
      tiers: { orderBy: { rank: "asc" }, select: { name: true, threshold: true, multiplierBp: true, perks: true } },
      rewards: {
        where: { archivedAt: null, OR: [{ activeUntil: null }, { activeUntil: { gt: now } }] },
        orderBy: [{ pointsCost: "asc" }, { name: "asc" }],
        select: { id: true, kind: true, name: true, description: true, pointsCost: true, minTier: { select: { name: true } } },
      },
      punchCards: { where: { active: true }, select: { name: true, stampsRequired: true, reward: { select: { name: true } } } },
    },
  });
  // A program the owner has not switched on yet is not open for sign-ups.
  if (!business?.program?.live) return null;
  const { program } = business;
  return {
    business: { id: business.id, slug: business.slug, name: business.name, currency: business.currency, locale: business.locale, brandColor: business.brandColor },
    earnPoints: program.earnPoints,
    earnPerMinor: program.earnPerMinor,
    signupBonus: program.signupBonus,
    referredBonus: program.referredBonus,
    birthdayBonus: program.birthdayBonus,
    visitDiscount: program.visitDiscountEnabled
      ? { baseBp: program.visitDiscountBaseBp, stepBp: program.visitDiscountStepBp, capBp: program.visitDiscountCapBp, period: program.visitDiscountPeriod }
      : null,
    tierBasis: program.tierBasis,
    tiers: business.tiers,
    rewards: business.rewards.map(({ minTier, ...reward }) => ({ ...reward, minTierName: minTier?.name ?? null })),
    punchCards: business.punchCards.map((card) => ({ name: card.name, stampsRequired: card.stampsRequired, rewardName: card.reward?.name ?? null })),
  };
}
