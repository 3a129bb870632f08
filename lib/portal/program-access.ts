// Which membership a portal page or action acts on: always the signed-in person's own, found
// by the business slug in the URL. Ids sent by a browser are never used to pick a member.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireMember } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";

export type PortalBusiness = {
  id: string;
  slug: string;
  name: string;
  currency: string;
  timeZone: string;
  locale: string;
  brandColor: string;
};

export type PortalMembership = { memberId: string; business: PortalBusiness };

const businessSelect = { id: true, slug: true, name: true, currency: true, timeZone: true, locale: true, brandColor: true } as const;

/** The user's active membership in the business with this slug, or null. */
export const findMembership = cache(async (userId: string, slug: string): Promise<PortalMembership | null> => {
  const member = await db.member.findFirst({
    where: { userId, status: "ACTIVE", business: { slug } },
    select: { id: true, business: { select: businessSelect } },
  });
  return member ? { memberId: member.id, business: member.business } : null;
});

/** For pages under /portal/<slug>: the caller's membership there, or a 404 (never someone else's). */
export async function requireMembership(slug: string): Promise<PortalMembership & { userId: string }> {
  const { user } = await requireMember(`/portal/${slug}`);
  const membership = await findMembership(user.id, slug);
  if (!membership) notFound();
  return { ...membership, userId: user.id };
}
