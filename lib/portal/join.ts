// Joining a program from its public page: the business comes from the slug in the URL and the
// person from the session; enrolling twice just returns the existing membership.
import "server-only";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/actions/user-error";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { enrollMember } from "@/lib/loyalty/members";

export type JoinResult = { slug: string; created: boolean; bonus: number };

export async function joinProgram(input: { userId: string; slug: string; referralCode?: string | null }): Promise<JoinResult> {
  const business = await db.business.findUnique({ where: { slug: input.slug }, select: { id: true, slug: true, program: { select: { live: true } } } });
  if (!business?.program?.live) throw new UserError("This program is not open for sign-ups.", { key: "errors.programClosed" });

  // A deleted or suspended membership is not reopened by a join link: the shop decides that.
  const existing = await db.member.findFirst({ where: { businessId: business.id, userId: input.userId }, select: { status: true } });
  if (existing && existing.status !== "ACTIVE") throw new LoyaltyError("member_inactive");

  const referralCode = input.referralCode?.trim() || undefined;
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { name: true } });
  const result = await enrollMember({ businessId: business.id, userId: input.userId, referralCode, displayName: user.name ?? undefined });
  return { slug: business.slug, created: result.created, bonus: result.bonus };
}
