// The people who run a business: invite (creating the user when the address is new), change
// role, remove. Roles are read from the database on every request (lib/auth/guards.ts), so a
// removal or demotion takes effect on the person's next request. A business always keeps at
// least one owner: the owner rows are locked while that is checked, so two owners demoting
// each other at the same moment cannot both succeed.
import "server-only";
import { UserError } from "@/lib/actions/user-error";
import { recordAudit } from "@/lib/admin/audit";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/loyalty/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRoleKind } from "@/lib/generated/prisma/enums";
import { sendNow } from "@/lib/email/send";
import { staffInvitationEmail } from "@/lib/email/templates/staff-invitation";
import { env } from "@/lib/env.js";

export type StaffMember = {
  id: string;
  userId: string;
  name: string | null;
  email: string;
  role: StaffRoleKind;
  lastActiveAt: Date | null;
  createdAt: Date;
};

export async function listStaff(businessId: string): Promise<StaffMember[]> {
  const rows = await db.staffRole.findMany({
    where: { businessId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, userId: true, role: true, lastActiveAt: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
  return rows.map(({ user, ...role }) => ({ ...role, name: user.name, email: user.email }));
}

export type InviteStaff = { businessId: string; actorUserId: string; email: string; name: string; role: StaffRoleKind };

export async function inviteStaff(input: InviteStaff): Promise<{ staffRoleId: string; emailSent: boolean }> {
  const email = input.email.trim().toLowerCase();
  let staffRoleId: string;
  try {
    staffRoleId = await db.$transaction(async (tx) => {
      const existing = await tx.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true } });
      const user = existing ?? (await tx.user.create({ data: { email, name: input.name || null }, select: { id: true } }));
      if (existing && (await tx.staffRole.count({ where: { userId: existing.id, businessId: input.businessId } })) > 0) {
        throw new UserError("That person is already on your team.", { key: "adminStaff.errors.alreadyOnTeam" });
      }
      const role = await tx.staffRole.create({ data: { userId: user.id, businessId: input.businessId, role: input.role }, select: { id: true } });
      await recordAudit(tx, {
        businessId: input.businessId, actorUserId: input.actorUserId, action: "staff.invite", entityType: "StaffRole", entityId: role.id,
        after: { email, role: input.role, newUser: !existing },
      });
      return role.id;
    });
  } catch (error) {
    // Two invitations of one address at the same moment: the second meets the unique key.
    if (isUniqueViolation(error)) throw new UserError("That person is already on your team.", { key: "adminStaff.errors.alreadyOnTeam" });
    throw error;
  }
  return { staffRoleId, emailSent: await sendInvitation(input, email, staffRoleId) };
}

/** After the commit: the role exists whether or not the mail goes out, and the page says which. */
async function sendInvitation(input: InviteStaff, email: string, staffRoleId: string): Promise<boolean> {
  try {
    const [business, inviter] = await Promise.all([
      db.business.findUniqueOrThrow({
        where: { id: input.businessId },
        select: { name: true, slug: true, senderName: true, brandColor: true, locale: true, currency: true, timeZone: true },
      }),
      db.user.findUnique({ where: { id: input.actorUserId }, select: { name: true, email: true } }),
    ]);
    const signInUrl = `${env.APP_URL}/login?callbackUrl=${encodeURIComponent(`/admin/${business.slug}`)}`;
    const message = await staffInvitationEmail({
      brand: { businessName: business.name, senderName: business.senderName, brandColor: business.brandColor, locale: business.locale, currency: business.currency, timeZone: business.timeZone, appUrl: env.APP_URL },
      inviterName: inviter?.name ?? inviter?.email ?? business.name,
      role: input.role,
      signInUrl,
    });
    await sendNow({ ...message, to: email, kind: "staff-invitation", dedupeKey: `staff-invitation/${staffRoleId}/${Date.now()}`, businessId: input.businessId });
    return true;
  } catch (error) {
    console.error("[staff] invitation email not sent", error instanceof Error ? error.message : error);
    return false;
  }
}

type RoleChange = { businessId: string; actorUserId: string; staffRoleId: string };

/** Locks the business's owner rows for the rest of the transaction and returns how many there are. */
async function lockOwners(tx: Prisma.TransactionClient, businessId: string): Promise<number> {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "StaffRole" WHERE "businessId" = ${businessId} AND role = 'OWNER' ORDER BY id FOR UPDATE`;
  return owners.length;
}

async function findRole(tx: Prisma.TransactionClient, businessId: string, staffRoleId: string) {
  const role = await tx.staffRole.findFirst({ where: { id: staffRoleId, businessId }, select: { id: true, userId: true, role: true, user: { select: { email: true } } } });
  if (!role) throw new UserError("No such team member.", { key: "adminStaff.errors.noSuchMember" });
  return role;
}

function lastOwnerRefusal(actorUserId: string, userId: string): UserError {
  return actorUserId === userId
    ? new UserError("You are the only owner. Make someone else an owner first.", { key: "adminStaff.errors.lastOwnerSelf" })
    : new UserError("A business needs at least one owner. Make someone else an owner first.", { key: "adminStaff.errors.lastOwner" });
}

export async function changeStaffRole(input: RoleChange & { role: StaffRoleKind }): Promise<void> {
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, input.businessId);
    const target = await findRole(tx, input.businessId, input.staffRoleId);
    if (target.role === input.role) return;
    if (target.role === "OWNER" && owners <= 1) throw lastOwnerRefusal(input.actorUserId, target.userId);
    await tx.staffRole.update({ where: { id: target.id }, data: { role: input.role } });
    await recordAudit(tx, {
      businessId: input.businessId, actorUserId: input.actorUserId, action: "staff.role", entityType: "StaffRole", entityId: target.id,
      before: { email: target.user.email, role: target.role }, after: { email: target.user.email, role: input.role },
    });
  });
}

export async function removeStaff(input: RoleChange): Promise<void> {
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, input.businessId);
    const target = await findRole(tx, input.businessId, input.staffRoleId);
    if (target.role === "OWNER" && owners <= 1) throw lastOwnerRefusal(input.actorUserId, target.userId);
    await tx.staffRole.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      businessId: input.businessId, actorUserId: input.actorUserId, action: "staff.remove", entityType: "StaffRole", entityId: target.id,
      before: { email: target.user.email, role: target.role },
    });
  });
}
