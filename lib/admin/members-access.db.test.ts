// Tenant isolation and roles for every server action and route handler of the members area:
// another business's member or import job is "not found" and nothing changes; staff are
// refused the owner-only ones. The owner here owns ONE business (the demo owner owns both).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import { randomUUID } from "node:crypto";
import { actAs } from "@/test/auth-stub";
import { addMemberNoteAction, adjustMemberPointsAction, sendPersonalNoteAction } from "@/app/(admin)/admin/[slug]/members/[id]/actions";
import { GET as exportMembers } from "@/app/(admin)/admin/[slug]/members/export/route";
import { GET as exportLedger } from "@/app/(admin)/admin/[slug]/members/export/ledger/route";
import { POST as previewRoute } from "@/app/(admin)/admin/[slug]/members/import/jobs/route";
import { GET as statusRoute, POST as commitRoute } from "@/app/(admin)/admin/[slug]/members/import/jobs/[jobId]/route";
import { db } from "@/lib/db/client";
import { claimBatch } from "@/lib/email/claim";
import { demoBrand } from "@/lib/email/templates/brand";
import { renderEmail } from "@/lib/email/templates/registry";
import { createTestBusiness, createTestMember } from "@/test/loyalty-fixture";
import { getMemberDetail } from "./member-detail";

type Side = { id: string; slug: string; ownerId: string; memberId: string };
let a: Side;
let b: Side;
let staffId: string;

async function side(): Promise<Side> {
  const { business } = await createTestBusiness();
  const owner = await db.user.create({ data: { email: `owner-${business.slug}@access.test`, name: "Olive Owner" } });
  await db.staffRole.create({ data: { userId: owner.id, businessId: business.id, role: "OWNER" } });
  const { memberId } = await createTestMember(business.id);
  return { id: business.id, slug: business.slug, ownerId: owner.id, memberId };
}

async function snapshot(memberId: string) {
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { balance: true } });
  const [notes, ledger, emails, audits] = await Promise.all([
    db.memberNote.count({ where: { memberId } }),
    db.ledgerEntry.count({ where: { memberId } }),
    db.emailMessage.count({ where: { memberId } }),
    db.auditLog.count({ where: { entityId: memberId } }),
  ]);
  return { balance: member.balance, notes, ledger, emails, audits };
}

const ctx = (slug: string, jobId?: string) => ({ params: Promise.resolve({ slug, jobId: jobId ?? "" }) });
function upload(text: string): Request {
  const form = new FormData();
  form.set("file", new File([text], "people.csv", { type: "text/csv" }));
  return new Request("http://localhost/import", { method: "POST", body: form });
}

beforeAll(async () => {
  a = await side();
  b = await side();
  const staff = await db.user.create({ data: { email: "staff@access.test", name: "Sam Staff" } });
  await db.staffRole.create({ data: { userId: staff.id, businessId: a.id, role: "STAFF" } });
  staffId = staff.id;
});

beforeEach(() => actAs(null));

describe("member notes", () => {
  it("staff and owner add notes to their own business's members, with an audit row", async () => {
    actAs(staffId);
    const added = await addMemberNoteAction({ slug: a.slug, memberId: a.memberId, body: "Prefers oat milk" });
    expect(added.data?.id).toBeDefined();
    actAs(a.ownerId);
    expect((await addMemberNoteAction({ slug: a.slug, memberId: a.memberId, body: "Birthday in June" })).data?.id).toBeDefined();
    const detail = await getMemberDetail({ businessId: a.id, memberId: a.memberId });
    expect(detail?.notes.map((note) => [note.body, note.author])).toEqual([["Birthday in June", "Olive Owner"], ["Prefers oat milk", "Sam Staff"]]);
    expect(await db.auditLog.count({ where: { businessId: a.id, action: "member.note.add" } })).toBe(2);
  });

  it("another business's member is not found and gets no note", async () => {
    const before = await snapshot(b.memberId);
    actAs(a.ownerId);
    const result = await addMemberNoteAction({ slug: a.slug, memberId: b.memberId, body: "sneaky" });
    expect(result.serverError).toBe("No such member.");
    // Naming the other business's slug does not help either: the slug selects among own roles.
    expect((await addMemberNoteAction({ slug: b.slug, memberId: b.memberId, body: "sneaky" })).serverError).toMatch(/staff/i);
    expect(await snapshot(b.memberId)).toEqual(before);
    expect(await getMemberDetail({ businessId: a.id, memberId: b.memberId })).toBeNull();
  });
});

describe("manual adjustment", () => {
  it("the owner adjusts with a reason; the balance moves and the engine audits it", async () => {
    actAs(a.ownerId);
    const before = await snapshot(a.memberId);
    const key = randomUUID();
    const result = await adjustMemberPointsAction({ slug: a.slug, memberId: a.memberId, points: 120, reason: "Coffee machine broke", idempotencyKey: key });
    expect(result.data).toEqual({ balance: before.balance + 120 });
    // A double click (same key) adjusts once.
    await adjustMemberPointsAction({ slug: a.slug, memberId: a.memberId, points: 120, reason: "Coffee machine broke", idempotencyKey: key });
    const after = await snapshot(a.memberId);
    expect(after.balance).toBe(before.balance + 120);
    expect(after.ledger).toBe(before.ledger + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: a.memberId, action: "points.adjust" } });
    expect(audit).toMatchObject({ actorUserId: a.ownerId, after: { points: 120, reason: "Coffee machine broke" } });
  });

  it("requires a reason", async () => {
    actAs(a.ownerId);
    const before = await snapshot(a.memberId);
    const result = await adjustMemberPointsAction({ slug: a.slug, memberId: a.memberId, points: 5, reason: "  ", idempotencyKey: randomUUID() });
    expect(result.validationErrors?.reason?._errors?.[0]).toBe("Say why, in a few words.");
    expect(await snapshot(a.memberId)).toEqual(before);
  });

  it("refuses staff, and another business's member is not found with nothing changed", async () => {
    const beforeA = await snapshot(a.memberId);
    const beforeB = await snapshot(b.memberId);
    actAs(staffId);
    expect((await adjustMemberPointsAction({ slug: a.slug, memberId: a.memberId, points: 50, reason: "Being nice", idempotencyKey: randomUUID() })).serverError).toMatch(/owner/i);
    actAs(a.ownerId);
    expect((await adjustMemberPointsAction({ slug: a.slug, memberId: b.memberId, points: 50, reason: "Being nice", idempotencyKey: randomUUID() })).serverError).toMatch(/no such member/i);
    expect((await adjustMemberPointsAction({ slug: b.slug, memberId: b.memberId, points: 50, reason: "Being nice", idempotencyKey: randomUUID() })).serverError).toMatch(/owner/i);
    expect(await snapshot(a.memberId)).toEqual(beforeA);
    expect(await snapshot(b.memberId)).toEqual(beforeB);
  });
});

describe("personal thank-you note", () => {
  it("queues one personal-note email per submission, sent despite the marketing cadence", async () => {
    actAs(staffId);
    const key = randomUUID();
    const sent = await sendPersonalNoteAction({ slug: a.slug, memberId: a.memberId, message: "Thank you for the kind words!", idempotencyKey: key });
    expect(sent.data).toEqual({ queued: true });
    expect((await sendPersonalNoteAction({ slug: a.slug, memberId: a.memberId, message: "Thank you for the kind words!", idempotencyKey: key })).data).toEqual({ queued: false });
    const notes = await db.emailMessage.findMany({ where: { memberId: a.memberId, kind: "personal-note" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.payload).toMatchObject({ props: { message: "Thank you for the kind words!", from: "Sam Staff" } });
    expect(await db.auditLog.count({ where: { entityId: a.memberId, action: "member.personal_note" } })).toBe(1);
    const rendered = await renderEmail("personal-note", (notes[0]!.payload as { props: Record<string, unknown> }).props, demoBrand);
    expect(rendered.subject).toBe("A note from Sam Staff at Kapé Suki");
    expect(rendered.text).toContain("Thank you for the kind words!");

    // A marketing mail went out yesterday: a capped notice would wait a week, the note does not.
    await db.emailMessage.create({
      data: { businessId: a.id, memberId: a.memberId, kind: "milestone", dedupeKey: `m/${randomUUID()}`, toEmail: "x@access.test", subject: "s", payload: {}, status: "SENT", sentAt: new Date(Date.now() - 86_400_000) },
    });
    const claim = await claimBatch(new Date(Date.now() + 1000), 100, 60);
    expect(claim?.emails.map((email) => email.kind)).toContain("personal-note");
  });

  it("is refused for members who switched thank-you notes off, and suppressed if they do so after it was queued", async () => {
    const { memberId } = await createTestMember(a.id);
    actAs(a.ownerId);
    expect((await sendPersonalNoteAction({ slug: a.slug, memberId, message: "Hello", idempotencyKey: randomUUID() })).data).toEqual({ queued: true });
    await db.member.update({ where: { id: memberId }, data: { emailPreferences: { thankYou: false, milestones: false, offers: false } } });
    const claim = await claimBatch(new Date(Date.now() + 1000), 100, 60);
    expect(claim?.emails.some((email) => email.kind === "personal-note" && email.toEmail.startsWith("m-"))).toBeFalsy();
    expect(await db.emailMessage.findFirstOrThrow({ where: { memberId, kind: "personal-note" } })).toMatchObject({ status: "SUPPRESSED" });
    const refused = await sendPersonalNoteAction({ slug: a.slug, memberId, message: "Hello again", idempotencyKey: randomUUID() });
    expect(refused.serverError).toBe("This member has switched off personal notes.");
  });

  it("another business's member is not found and gets no email", async () => {
    const before = await snapshot(b.memberId);
    actAs(a.ownerId);
    expect((await sendPersonalNoteAction({ slug: a.slug, memberId: b.memberId, message: "Hi", idempotencyKey: randomUUID() })).serverError).toBe("No such member.");
    expect(await snapshot(b.memberId)).toEqual(before);
  });
});

describe("CSV routes", () => {
  it("imports through the routes as the owner; another business's job is not found and stays untouched", async () => {
    actAs(b.ownerId);
    const bPreview = await (await previewRoute(upload("email\nb-only@access.test\n"), ctx(b.slug))).json();
    expect(bPreview.status).toBe("READY");

    actAs(a.ownerId);
    const preview = await previewRoute(upload("Email,Name,Starting Points\nrouted@access.test,Routed,30\n"), ctx(a.slug));
    expect(preview.status).toBe(200);
    const { jobId } = await preview.json();
    expect((await statusRoute(new Request("http://localhost"), ctx(a.slug, jobId))).status).toBe(200);
    const committed = await commitRoute(upload("Email,Name,Starting Points\nrouted@access.test,Routed,30\n"), ctx(a.slug, jobId));
    expect(await committed.json()).toMatchObject({ ok: true, imported: 1 });

    expect((await statusRoute(new Request("http://localhost"), ctx(a.slug, bPreview.jobId))).status).toBe(404);
    expect((await commitRoute(upload("email\nb-only@access.test\n"), ctx(a.slug, bPreview.jobId))).status).toBe(404);
    expect((await previewRoute(upload("email\nx@access.test\n"), ctx(b.slug))).status).toBe(404);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: bPreview.jobId } })).toMatchObject({ status: "READY", processedRows: 0 });
    expect(await db.user.count({ where: { email: "b-only@access.test" } })).toBe(0);
  });

  it("refuses staff and anonymous callers on every import and export route", async () => {
    const jobs = await db.importJob.count();
    actAs(staffId);
    expect((await previewRoute(upload("email\nstaff@x.test\n"), ctx(a.slug))).status).toBe(404);
    const job = await db.importJob.findFirstOrThrow({ where: { businessId: a.id } });
    expect((await statusRoute(new Request("http://localhost"), ctx(a.slug, job.id))).status).toBe(404);
    expect((await commitRoute(upload("email\nstaff@x.test\n"), ctx(a.slug, job.id))).status).toBe(404);
    expect((await exportMembers(new Request("http://localhost"), ctx(a.slug))).status).toBe(404);
    expect((await exportLedger(new Request("http://localhost"), ctx(a.slug))).status).toBe(404);
    actAs(null);
    expect((await exportMembers(new Request("http://localhost"), ctx(a.slug))).status).toBe(401);
    expect(await db.importJob.count()).toBe(jobs);
  });

  it("exports only the caller's own business", async () => {
    actAs(a.ownerId);
    const own = await exportMembers(new Request("http://localhost"), ctx(a.slug));
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await own.text();
    expect(text).toContain("routed@access.test");
    expect(text).not.toContain("b-only");
    expect((await exportMembers(new Request("http://localhost"), ctx(b.slug))).status).toBe(404);
    expect((await exportLedger(new Request("http://localhost"), ctx(b.slug))).status).toBe(404);
    const ledger = await exportLedger(new Request("http://localhost"), ctx(a.slug));
    expect(await ledger.text()).toContain("Imported from people.csv");
  });
});
