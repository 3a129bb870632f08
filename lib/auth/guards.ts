// Who is asking, re-checked against the database on every request: a session only says
// which user it is; roles, memberships and revocation come from the tables.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { StaffRoleKind } from "@/lib/generated/prisma/enums";
import { auth } from "./index";

/** `locale`: the language the person chose in the portal (en, fil, ro, az), or null. */
export type CurrentUser = { id: string; name: string | null; email: string; locale?: string | null };
/** The business as the admin pages show it: read with the role, so pages need not read it again. */
export type StaffBusiness = { id: string; slug: string; name: string; currency: string; timeZone: string; role: StaffRoleKind };
export type MemberProgram = { memberId: string; businessId: string; slug: string; name: string };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, locale: true, sessionsValidAfter: true },
  });
  if (!user) return null;
  // "Sign out everywhere" moves sessionsValidAfter; older tokens stop working at once.
  if (user.sessionsValidAfter && session.issuedAt * 1000 < user.sessionsValidAfter.getTime()) return null;
  return { id: user.id, name: user.name, email: user.email, locale: user.locale };
});

export const getStaffBusinesses = cache(async (userId: string): Promise<StaffBusiness[]> => {
  const roles = await db.staffRole.findMany({
    where: { userId },
    select: { role: true, business: { select: { id: true, slug: true, name: true, currency: true, timeZone: true } } },
    orderBy: { business: { name: "asc" } },
  });
  return roles.map(({ role, business }) => ({ ...business, role }));
});

export const getMemberPrograms = cache(async (userId: string): Promise<MemberProgram[]> => {
  const members = await db.member.findMany({
    where: { userId, status: "ACTIVE" },
    select: { id: true, business: { select: { id: true, slug: true, name: true } } },
    orderBy: { joinedAt: "asc" },
  });
  return members.map(({ id, business }) => ({ memberId: id, businessId: business.id, slug: business.slug, name: business.name }));
});

export async function requireUser(callbackPath = "/continue"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** The portal is open to every signed-in person; their programs may be none yet. */
export async function requireMember(callbackPath = "/portal") {
  const user = await requireUser(callbackPath);
  return { user, programs: await getMemberPrograms(user.id) };
}

/** Admin area: staff or owner of at least one business (or of `slug` when given). */
export async function requireStaff(slug?: string) {
  const user = await requireUser(slug ? `/admin/${slug}` : "/admin");
  const businesses = await getStaffBusinesses(user.id);
  if (businesses.length === 0) redirect("/portal?notice=staff-only");
  const business = slug ? businesses.find((candidate) => candidate.slug === slug) : undefined;
  if (slug && !business) notFound();
  return { user, businesses, business };
}

export async function requireOwner(slug: string) {
  const { user, businesses, business } = await requireStaff(slug);
  if (business?.role !== "OWNER") notFound();
  return { user, businesses, business };
}

/** Where a freshly signed-in user belongs: staff to the admin area, everyone else the portal. */
export async function homePathFor(userId: string): Promise<"/admin" | "/portal"> {
  const roles = await db.staffRole.count({ where: { userId } });
  return roles > 0 ? "/admin" : "/portal";
}
