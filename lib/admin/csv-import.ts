// The owner's CSV import of existing customers, in two steps over one ImportJob row:
//   preview — the whole file is checked (per-row errors, who is already a member) and the job
//             is READY, or FAILED with its errors; nothing else is written;
//   commit  — the same file is checked again and written in one transaction by
//             lib/loyalty/import-members (all rows or none). processedRows moves after every
//             chunk from another connection, so the browser can poll it for a progress bar.
// The browser keeps the file between the steps: app processes hold no state.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportJobStatus } from "@/lib/generated/prisma/enums";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { importMembers } from "@/lib/loyalty/import-members";
import { parseImportCsv, type ImportFileError, type ImportRow, type ImportRowError } from "./csv-import-rows";

/** At most this many problems are stored and sent back; the count is always exact. */
export const MAX_REPORTED_ERRORS = 500;
const PREVIEW_ROWS = 10;
const CHUNK_ROWS = 500;

export type ImportPreview = {
  jobId: string;
  status: ImportJobStatus;
  fileName: string;
  fileError: ImportFileError | null;
  totalRows: number;
  validRows: number;
  /** Valid rows whose email already belongs to a member: they will be skipped */
  existingMembers: number;
  errorCount: number;
  errors: ImportRowError[];
  preview: ImportRow[];
  ignoredColumns: string[];
};

export async function previewImport(input: { businessId: string; actorUserId: string; fileName: string; text: string }): Promise<ImportPreview> {
  const parsed = parseImportCsv(input.text);
  const existing = parsed.rows.length > 0 ? await existingMemberRows(input.businessId, parsed.rows) : [];
  const ok = parsed.fileError === null && parsed.errors.length === 0;
  const fileName = cleanFileName(input.fileName);
  const job = await db.importJob.create({
    data: {
      businessId: input.businessId,
      createdById: input.actorUserId,
      fileName,
      status: ok ? "READY" : "FAILED",
      totalRows: parsed.fileError ? 0 : parsed.totalRows,
      errors: parsed.errors.slice(0, MAX_REPORTED_ERRORS) as unknown as Prisma.InputJsonValue,
      finishedAt: ok ? null : new Date(),
    },
    select: { id: true, status: true },
  });
  return {
    jobId: job.id,
    status: job.status,
    fileName,
    fileError: parsed.fileError,
    totalRows: parsed.totalRows,
    validRows: parsed.rows.length,
    existingMembers: existing.length,
    errorCount: parsed.errors.length,
    errors: parsed.errors.slice(0, MAX_REPORTED_ERRORS),
    preview: parsed.rows.slice(0, PREVIEW_ROWS),
    ignoredColumns: parsed.ignoredColumns,
  };
}

export type CommitResult =
  | { ok: true; imported: number; skipped: number; points: number }
  | { ok: false; reason: "not_found" | "not_ready" | "file_changed" | "failed"; message: string };

export async function commitImport(
  input: { businessId: string; actorUserId: string; jobId: string; text: string },
  now = new Date(),
): Promise<CommitResult> {
  const job = await db.importJob.findFirst({ where: { id: input.jobId, businessId: input.businessId }, select: { id: true, fileName: true, status: true, totalRows: true } });
  if (!job) return { ok: false, reason: "not_found", message: "No such import." };
  if (job.status !== "READY") return { ok: false, reason: "not_ready", message: "This import was already run or has errors; upload the file again." };
  const parsed = parseImportCsv(input.text);
  if (parsed.fileError || parsed.errors.length > 0 || parsed.totalRows !== job.totalRows) {
    return { ok: false, reason: "file_changed", message: "The file is not the one that was checked; upload it again." };
  }
  // The claim: of two commits of one job, one moves it to IMPORTING and the other stops here.
  const claimed = await db.importJob.updateMany({ where: { id: job.id, businessId: input.businessId, status: "READY" }, data: { status: "IMPORTING", processedRows: 0 } });
  if (claimed.count === 0) return { ok: false, reason: "not_ready", message: "This import is already running." };

  try {
    const result = await importMembers(
      {
        businessId: input.businessId,
        actorUserId: input.actorUserId,
        source: job.fileName,
        rows: parsed.rows,
        chunkSize: CHUNK_ROWS,
        onProgress: async (processed) => {
          await db.importJob.update({ where: { id: job.id }, data: { processedRows: Math.min(processed, job.totalRows) } });
        },
      },
      now,
    );
    const skipped: ImportRowError[] = result.skipped.map((row) => ({ row: row.row, field: "email", code: "already_member" }));
    await db.importJob.update({
      where: { id: job.id },
      // Every skipped row is kept (not capped): the report's count comes from this list.
      data: { status: "DONE", processedRows: job.totalRows, finishedAt: new Date(), errors: skipped as unknown as Prisma.InputJsonValue },
    });
    return { ok: true, imported: result.imported, skipped: result.skipped.length, points: result.points };
  } catch (error) {
    // The transaction rolled back: nothing of the file was written.
    if (!(error instanceof LoyaltyError)) console.error("[import]", error);
    await db.importJob.update({ where: { id: job.id }, data: { status: "FAILED", processedRows: 0, finishedAt: new Date() } });
    return { ok: false, reason: "failed", message: "The import failed and nothing was imported. Please try again." };
  }
}

export type ImportStatus = { jobId: string; status: ImportJobStatus; totalRows: number; processedRows: number; skipped: number };

export async function getImportStatus(input: { businessId: string; jobId: string }): Promise<ImportStatus | null> {
  const job = await db.importJob.findFirst({
    where: { id: input.jobId, businessId: input.businessId },
    select: { id: true, status: true, totalRows: true, processedRows: true, errors: true },
  });
  if (!job) return null;
  const skipped = job.status === "DONE" && Array.isArray(job.errors) ? job.errors.length : 0;
  return { jobId: job.id, status: job.status, totalRows: job.totalRows, processedRows: job.processedRows, skipped };
}

/** Valid rows whose email is already a member of the business (one indexed query). */
async function existingMemberRows(businessId: string, rows: ImportRow[]): Promise<string[]> {
  const found = await db.$queryRaw<{ email: string }[]>`
    SELECT DISTINCT lower(u.email) AS email FROM "User" u JOIN "Member" m ON m."userId" = u.id AND m."businessId" = ${businessId}
    WHERE lower(u.email) = ANY(${rows.map((row) => row.email)}::text[])`;
  return found.map((row) => row.email);
}

function cleanFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return (base || "import.csv").slice(0, 120);
}
