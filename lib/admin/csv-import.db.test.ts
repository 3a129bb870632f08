import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importMembers } from "@/lib/loyalty/import-members";
import { createTestBusiness, createTestMember, ledgerViolations, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { commitImport, getImportStatus, previewImport } from "./csv-import";

let businessId: string;
let ownerId: string;
let existingEmail: string;

async function counts() {
  const [users, members, ledger, lots, tierChanges, emails] = await Promise.all([
    db.user.count(),
    db.member.count(),
    db.ledgerEntry.count(),
    db.ledgerLot.count(),
    db.tierChange.count(),
    db.emailMessage.count(),
  ]);
  return { users, members, ledger, lots, tierChanges, emails };
}

function csv(rows: string[][]): string {
  return [["Email", "Name", "Phone", "Starting points"], ...rows].map((row) => row.join(",")).join("\n");
}

beforeAll(async () => {
  businessId = (await createTestBusiness({ signupBonus: 50 })).business.id;
  ownerId = (await db.user.create({ data: { email: "owner@import.test" } })).id;
  const existing = await createTestMember(businessId);
  existingEmail = (await db.user.findFirstOrThrow({ where: { members: { some: { id: existing.memberId } } } })).email;
});

describe("CSV import preview", () => {
  it("lists every per-row error and writes nothing but the failed job", async () => {
    const before = await counts();
    const preview = await previewImport({
      businessId,
      actorUserId: ownerId,
      fileName: "C:\\exports\\bad.csv",
      text: csv([["a@bad.test", "A", "", "5"], ["nope", "B", "", "1"], ["A@bad.test", "A2", "", "1"], ["c@bad.test", "C", "", "-3"]]),
    });
    expect(preview).toMatchObject({ status: "FAILED", fileName: "bad.csv", totalRows: 4, validRows: 1, errorCount: 3 });
    expect(preview.errors.map((error) => [error.row, error.code])).toEqual([[3, "invalid_email"], [4, "duplicate_email"], [5, "negative_points"]]);
    expect(await counts()).toEqual(before);
    const job = await db.importJob.findUniqueOrThrow({ where: { id: preview.jobId } });
    expect(job.status).toBe("FAILED");
    expect(job.errors).toHaveLength(3);
    const commit = await commitImport({ businessId, actorUserId: ownerId, jobId: preview.jobId, text: "" });
    expect(commit).toMatchObject({ ok: false, reason: "not_ready" });
  });

  it("counts rows whose email is already a member (any case) as to be skipped", async () => {
    const preview = await previewImport({ businessId, actorUserId: ownerId, fileName: "x.csv", text: csv([[existingEmail.toUpperCase(), "Old", "", "1"], ["new@x.test", "New", "", ""]]) });
    expect(preview).toMatchObject({ status: "READY", validRows: 2, existingMembers: 1, errorCount: 0 });
    expect(preview.preview.map((row) => row.email)).toEqual([existingEmail, "new@x.test"]);
  });
});

describe("CSV import commit", () => {
  it("imports new members set-based with their starting points, skips existing members, and keeps the ledger whole", async () => {
    const lonely = await db.user.create({ data: { email: "Lonely@Import.test", name: "Lonely" } });
    const rows = Array.from({ length: 1_203 }, (_, index) => [`person${index}@import.test`, `Person ${index}`, index % 3 === 0 ? `+63917${String(index).padStart(7, "0")}` : "", String(index % 4 === 0 ? 0 : index)]);
    rows.splice(700, 0, [existingEmail, "Already here", "", "10"], ["lonely@import.test", "", "", "25"]);
    const text = csv(rows);
    const preview = await previewImport({ businessId, actorUserId: ownerId, fileName: "customers.csv", text });
    expect(preview).toMatchObject({ status: "READY", totalRows: 1_205, existingMembers: 1 });
    const before = await counts();
    const highest = await db.member.aggregate({ _max: { number: true }, where: { businessId } });

    const result = await commitImport({ businessId, actorUserId: ownerId, jobId: preview.jobId, text });
    expect(result).toEqual({ ok: true, imported: 1_204, skipped: 1, points: expect.any(Number) });
    const after = await counts();
    // The lonely account is reused (matched case-insensitively), not duplicated.
    expect(after.users - before.users).toBe(1_203);
    expect(after.members - before.members).toBe(1_204);
    expect(after.tierChanges - before.tierChanges).toBe(1_204);
    // No welcome mail, no signup bonus: these are existing customers, not new sign-ups.
    expect(after.emails).toBe(before.emails);
    const credited = rows.filter((row) => row[0] !== existingEmail && Number(row[3]) > 0);
    expect(after.ledger - before.ledger).toBe(credited.length);
    expect(after.lots - before.lots).toBe(credited.length);
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);

    const imported = await db.member.findMany({ where: { businessId, number: { gt: highest._max.number! } }, orderBy: { number: "asc" }, include: { user: true, ledgerEntries: true } });
    expect(imported.map((member) => member.number)).toEqual(imported.map((_, index) => highest._max.number! + 1 + index));
    const lonelyMember = imported.find((member) => member.userId === lonely.id)!;
    expect(lonelyMember).toMatchObject({ balance: 25, lifetimeEarned: 25, marketingConsent: false, emailPreferences: { thankYou: false, milestones: false, offers: false } });
    expect(lonelyMember.ledgerEntries).toMatchObject([{ kind: "BONUS", points: 25, reason: "Imported from customers.csv", actorUserId: ownerId }]);
    const person3 = imported.find((member) => member.user?.email === "person3@import.test")!;
    expect(person3).toMatchObject({ displayName: "Person 3", phone: "+639170000003", balance: 3 });
    expect(imported.find((member) => member.user?.email === "person4@import.test")!.ledgerEntries).toEqual([]);

    const job = await getImportStatus({ businessId, jobId: preview.jobId });
    expect(job).toEqual({ jobId: preview.jobId, status: "DONE", totalRows: 1_205, processedRows: 1_205, skipped: 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { businessId, action: "members.import" } });
    expect(audit).toMatchObject({ actorUserId: ownerId, after: { imported: 1_204, skipped: 1, rows: 1_205, source: "customers.csv" } });

    // A job runs once.
    expect(await commitImport({ businessId, actorUserId: ownerId, jobId: preview.jobId, text })).toMatchObject({ ok: false, reason: "not_ready" });
  });

  it("refuses a file that is not the one previewed", async () => {
    const preview = await previewImport({ businessId, actorUserId: ownerId, fileName: "a.csv", text: csv([["changed1@x.test", "", "", "1"]]) });
    const before = await counts();
    const result = await commitImport({ businessId, actorUserId: ownerId, jobId: preview.jobId, text: csv([["changed1@x.test", "", "", "1"], ["changed2@x.test", "", "", "1"]]) });
    expect(result).toMatchObject({ ok: false, reason: "file_changed" });
    expect(await counts()).toEqual(before);
  });

  it("writes all rows or none: a row failing inside the database leaves no user, member or ledger row", async () => {
    // A stand-in for any failure at commit time (a constraint, a lost connection) at row 1,100.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION test_refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."displayName" = 'Boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_boom BEFORE INSERT ON "Member" FOR EACH ROW EXECUTE FUNCTION test_refuse_boom()`);
    try {
      const rows = Array.from({ length: 1_200 }, (_, index) => [`atomic${index}@import.test`, index === 1_099 ? "Boom" : `A ${index}`, "", "7"]);
      const text = csv(rows);
      const preview = await previewImport({ businessId, actorUserId: ownerId, fileName: "atomic.csv", text });
      expect(preview.status).toBe("READY");
      const before = await counts();
      const audits = await db.auditLog.count();
      const result = await commitImport({ businessId, actorUserId: ownerId, jobId: preview.jobId, text });
      expect(result).toMatchObject({ ok: false, reason: "failed" });
      expect(await counts()).toEqual(before);
      expect(await db.auditLog.count()).toBe(audits);
      expect(await db.user.count({ where: { email: { startsWith: "atomic" } } })).toBe(0);
      expect(await getImportStatus({ businessId, jobId: preview.jobId })).toMatchObject({ status: "FAILED", processedRows: 0 });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_boom ON "Member"`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_refuse_boom()`);
    }
  });

  it("reports progress after every chunk and numbers members after concurrent sign-ups", async () => {
    const progress: number[] = [];
    const rows = Array.from({ length: 1_050 }, (_, index) => ({ row: index + 2, email: `chunk${index}@import.test`, name: null, phone: null, points: 1 }));
    const result = await importMembers({ businessId, actorUserId: null, source: "chunks.csv", rows, chunkSize: 400, onProgress: (done) => void progress.push(done) });
    expect(progress).toEqual([400, 800, 1_050]);
    expect(result).toMatchObject({ imported: 1_050, skipped: [], points: 1_050 });
    const numbers = await db.member.findMany({ where: { businessId }, select: { number: true } });
    expect(new Set(numbers.map((row) => row.number)).size).toBe(numbers.length);
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("imports 10,000 rows well within a minute", async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => [`bulk${index}@import.test`, `Bulk ${index}`, "", String(index % 50)]);
    const text = csv(rows);
    const started = Date.now();
    const preview = await previewImport({ businessId, actorUserId: ownerId, fileName: "bulk.csv", text });
    const result = await commitImport({ businessId, actorUserId: ownerId, jobId: preview.jobId, text });
    const seconds = (Date.now() - started) / 1000;
    expect(result).toMatchObject({ ok: true, imported: 10_000, skipped: 0 });
    expect(seconds).toBeLessThan(30);
  }, 60_000);
});
