import "server-only";
import { db } from "@/lib/db/client";

export type MemberProgramOverview = {
  slug: string;
  businessName: string;
  currency: string;
  brandColor: string;
  memberNumber: number;
  balance: number;
  tierName: string | null;
  lifetimeEarned: number;
};

/** The programs a signed-in person belongs to, with their balance and tier. */
export async function getMemberProgramOverviews(userId: string): Promise<MemberProgramOverview[]> {
  const members = await db.member.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: { joinedAt: "asc" },
    select: {
      number: true,
      balance: true,
      lifetimeEarned: true,
      tier: { select: { name: true } },
      business: { select: { slug: true, name: true, currency: true, brandColor: true } },
    },
  });
  return members.map((member) => ({
    slug: member.business.slug,
    businessName: member.business.name,
    currency: member.business.currency,
    brandColor: member.business.brandColor,
    memberNumber: member.number,
    balance: member.balance,
    tierName: member.tier?.name ?? null,
    lifetimeEarned: member.lifetimeEarned,
  }));
}
