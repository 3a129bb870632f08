import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { changeStaffRoleAction, inviteStaffAction, removeStaffAction } from "@/app/(admin)/admin/[slug]/staff/actions";
import { requireOwner, requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { actAs } from "@/test/auth-stub";
import { createTestBusiness } from "@/test/loyalty-fixture";
import { changeStaffRole, listStaff } from "./staff";
import { ACTIVITY_THROTTLE_MS, touchStaffActivity } from "./staff-activity";

const tag = () => randomBytes(4).toString("hex");

async function team() {
  const { business } = await createTestBusiness();
  const owner = await db.user.create({ data: { email: `owner-${tag()}@test.local`, name: "Ana Owner" } });
  const staff = await db.user.create({ data: { email: `staff-${tag()}@test.local` } });
  const ownerRole = await db.staffRole.create({ data: { userId: owner.id, businessId: business.id, role: "OWNER" } });
  const staffRole = await db.staffRole.create({ data: { userId: staff.id, businessId: business.id, role: "STAFF" } });
  return { business, slug: business.slug, owner, staff, ownerRole, staffRole };
}

async function snapshot(businessId: string) {
  const [roles, audits] = await Promise.all([
    db.staffRole.findMany({ where: { businessId }, orderBy: { id: "asc" }, select: { id: true, userId: true, role: true } }),
    db.auditLog.count({ where: { businessId } }),
  ]);
  return { roles, audits };
}

describe("inviting", () => {
  it("creates the user and the role, audits it and emails a sign-in link to the business's admin area", async () => {
    const t = await team();
    actAs(t.owner.id);
    const email = `New.Barista-${tag()}@Test.Local`;
    const result = await inviteStaffAction({ slug: t.slug, email, name: "Jun", role: "STAFF" });
    expect(result.data).toEqual({ emailSent: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user.name).toBe("Jun");
    const role = await db.staffRole.findUniqueOrThrow({ where: { userId_businessId: { userId: user.id, businessId: t.business.id } } });
    expect(role.role).toBe("STAFF");
    const audit = await db.auditLog.findFirstOrThrow({ where: { businessId: t.business.id, action: "staff.invite" } });
    expect(audit).toMatchObject({ actorUserId: t.owner.id, entityType: "StaffRole", entityId: role.id });
    expect(audit.after).toMatchObject({ email: email.toLowerCase(), role: "STAFF", newUser: true });

    const mail = await db.emailMessage.findFirstOrThrow({ where: { toEmail: email.toLowerCase(), kind: "staff-invitation" } });
    expect(mail.status).toBe("SENT");
    expect(mail.subject).toBe(`Ana Owner invited you to ${t.business.name} on Suki`);
    const text = (mail.payload as { text: string }).text;
    expect(text).toContain(`/login?callbackUrl=%2Fadmin%2F${t.slug}`);

    // The invited person is staff of this business from their first request on.
    actAs(user.id);
    expect((await requireStaff(t.slug)).business?.role).toBe("STAFF");
  });

  it("adds an existing user as owner without creating another, and refuses a second invitation", async () => {
    const t = await team();
    const existing = await db.user.create({ data: { email: `known-${tag()}@test.local` } });
    actAs(t.owner.id);
    const users = await db.user.count();
    expect((await inviteStaffAction({ slug: t.slug, email: existing.email.toUpperCase(), role: "OWNER" })).data?.emailSent).toBe(true);
    expect(await db.user.count()).toBe(users);
    expect((await db.staffRole.findFirstOrThrow({ where: { userId: existing.id, businessId: t.business.id } })).role).toBe("OWNER");
    const before = await snapshot(t.business.id);
    const again = await inviteStaffAction({ slug: t.slug, email: existing.email, role: "STAFF" });
    expect(again.serverError).toBe("That person is already on your team.");
    expect(await snapshot(t.business.id)).toEqual(before);
  });

  it("writes the invitation in the business's language", async () => {
    const t = await team();
    await db.business.update({ where: { id: t.business.id }, data: { locale: "ro" } });
    actAs(t.owner.id);
    const email = `librar-${tag()}@test.local`;
    expect((await inviteStaffAction({ slug: t.slug, email, role: "OWNER" })).data?.emailSent).toBe(true);
    const mail = await db.emailMessage.findFirstOrThrow({ where: { toEmail: email, kind: "staff-invitation" } });
    expect(mail.subject).toBe(`Ana Owner te-a invitat în echipa ${t.business.name} pe Suki`);
    expect((mail.payload as { text: string }).text).toContain("te-a invitat ca proprietar");
  });

  it("refuses a malformed address", async () => {
    const t = await team();
    actAs(t.owner.id);
    const result = await inviteStaffAction({ slug: t.slug, email: "not-an-email", role: "STAFF" });
    expect(JSON.stringify(result.validationErrors)).toMatch(/valid email/);
  });
});

describe("roles and removal", () => {
  it("changes a role (audited) and the change applies to the next request", async () => {
    const t = await team();
    actAs(t.owner.id);
    expect((await changeStaffRoleAction({ slug: t.slug, staffRoleId: t.staffRole.id, role: "OWNER" })).data).toEqual({ role: "OWNER" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { businessId: t.business.id, action: "staff.role" } });
    expect([audit.before, audit.after]).toEqual([{ email: t.staff.email, role: "STAFF" }, { email: t.staff.email, role: "OWNER" }]);
    actAs(t.staff.id);
    expect((await requireOwner(t.slug)).business?.role).toBe("OWNER");
  });

  it("the last owner cannot demote or remove themself; with a second owner they can", async () => {
    const t = await team();
    actAs(t.owner.id);
    const before = await snapshot(t.business.id);
    expect((await changeStaffRoleAction({ slug: t.slug, staffRoleId: t.ownerRole.id, role: "STAFF" })).serverError).toBe(
      "You are the only owner. Make someone else an owner first.",
    );
    expect((await removeStaffAction({ slug: t.slug, staffRoleId: t.ownerRole.id })).serverError).toBe("You are the only owner. Make someone else an owner first.");
    expect(await snapshot(t.business.id)).toEqual(before);

    await changeStaffRoleAction({ slug: t.slug, staffRoleId: t.staffRole.id, role: "OWNER" });
    expect((await removeStaffAction({ slug: t.slug, staffRoleId: t.ownerRole.id })).data).toEqual({ removed: true });
    expect(await db.staffRole.count({ where: { businessId: t.business.id, role: "OWNER" } })).toBe(1);
  });

  it("two owners demoting each other at the same moment leave one owner", async () => {
    const t = await team();
    const second = await db.user.create({ data: { email: `second-${tag()}@test.local` } });
    const secondRole = await db.staffRole.create({ data: { userId: second.id, businessId: t.business.id, role: "OWNER" } });
    const results = await Promise.allSettled([
      changeStaffRole({ businessId: t.business.id, actorUserId: t.owner.id, staffRoleId: secondRole.id, role: "STAFF" }),
      changeStaffRole({ businessId: t.business.id, actorUserId: second.id, staffRoleId: t.ownerRole.id, role: "STAFF" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.staffRole.count({ where: { businessId: t.business.id, role: "OWNER" } })).toBe(1);
  });

  it("a removed staff member is refused on their next request, and the removal is audited", async () => {
    const t = await team();
    actAs(t.staff.id);
    expect((await requireStaff(t.slug)).business?.id).toBe(t.business.id);
    actAs(t.owner.id);
    expect((await removeStaffAction({ slug: t.slug, staffRoleId: t.staffRole.id })).data).toEqual({ removed: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { businessId: t.business.id, action: "staff.remove" } });
    expect(audit).toMatchObject({ actorUserId: t.owner.id, entityId: t.staffRole.id, before: { email: t.staff.email, role: "STAFF" } });
    // The same session, re-checked against the database: no business left, so the admin area sends them away.
    actAs(t.staff.id);
    await expect(requireStaff(t.slug)).rejects.toThrow(/NEXT_REDIRECT/);
    // Still staff somewhere else: this business is simply not found for them.
    const { business: other } = await createTestBusiness();
    await db.staffRole.create({ data: { userId: t.staff.id, businessId: other.id, role: "STAFF" } });
    await expect(requireStaff(t.slug)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});

describe("last activity", () => {
  it("is stamped at most once per throttle window and listed", async () => {
    const t = await team();
    const start = new Date("2030-01-01T08:00:00Z");
    expect(await touchStaffActivity(t.staff.id, t.business.id, start)).toBe(true);
    expect(await touchStaffActivity(t.staff.id, t.business.id, new Date(start.getTime() + 60_000))).toBe(false);
    expect(await touchStaffActivity(t.staff.id, t.business.id, new Date(start.getTime() + ACTIVITY_THROTTLE_MS + 1))).toBe(true);
    const listed = (await listStaff(t.business.id)).find((member) => member.userId === t.staff.id);
    expect(listed?.lastActiveAt?.toISOString()).toBe(new Date(start.getTime() + ACTIVITY_THROTTLE_MS + 1).toISOString());
    // Another business's role is never touched.
    const { business: other } = await createTestBusiness();
    expect(await touchStaffActivity(t.staff.id, other.id, start)).toBe(false);
  });
});

describe("tenant isolation and roles", () => {
  it("an owner of A naming B's team members gets not-found and B is unchanged", async () => {
    const a = await team();
    const b = await team();
    actAs(a.owner.id);
    const beforeA = await snapshot(a.business.id);
    const beforeB = await snapshot(b.business.id);
    expect((await changeStaffRoleAction({ slug: a.slug, staffRoleId: b.staffRole.id, role: "OWNER" })).serverError).toBe("No such team member.");
    expect((await changeStaffRoleAction({ slug: a.slug, staffRoleId: b.ownerRole.id, role: "STAFF" })).serverError).toBe("No such team member.");
    expect((await removeStaffAction({ slug: a.slug, staffRoleId: b.staffRole.id })).serverError).toBe("No such team member.");
    expect((await removeStaffAction({ slug: a.slug, staffRoleId: b.ownerRole.id })).serverError).toBe("No such team member.");
    expect((await inviteStaffAction({ slug: b.slug, email: `x-${tag()}@test.local`, role: "OWNER" })).serverError).toMatch(/Only the owner/);
    expect((await removeStaffAction({ slug: b.slug, staffRoleId: b.staffRole.id })).serverError).toMatch(/Only the owner/);
    expect((await changeStaffRoleAction({ slug: b.slug, staffRoleId: b.staffRole.id, role: "OWNER" })).serverError).toMatch(/Only the owner/);
    expect(await snapshot(a.business.id)).toEqual(beforeA);
    expect(await snapshot(b.business.id)).toEqual(beforeB);
  });

  it("staff cannot invite, change roles or remove anyone", async () => {
    const t = await team();
    actAs(t.staff.id);
    const before = await snapshot(t.business.id);
    expect((await inviteStaffAction({ slug: t.slug, email: `x-${tag()}@test.local`, role: "OWNER" })).serverError).toMatch(/Only the owner/);
    expect((await changeStaffRoleAction({ slug: t.slug, staffRoleId: t.staffRole.id, role: "OWNER" })).serverError).toMatch(/Only the owner/);
    expect((await removeStaffAction({ slug: t.slug, staffRoleId: t.ownerRole.id })).serverError).toMatch(/Only the owner/);
    expect(await snapshot(t.business.id)).toEqual(before);
  });
});
