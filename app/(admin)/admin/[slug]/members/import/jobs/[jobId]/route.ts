import { commitImport, getImportStatus } from "@/lib/admin/csv-import";
import { readImportUpload } from "@/lib/admin/csv-import-upload";
import { jsonError, routeCaller } from "@/lib/admin/members-route-auth";

type Context = { params: Promise<{ slug: string; jobId: string }> };

const STATUS = { not_found: 404, not_ready: 409, file_changed: 409, failed: 500 } as const;

/** Owner only: how far an import is (polled by the progress bar). */
export async function GET(_request: Request, { params }: Context) {
  const { slug, jobId } = await params;
  const caller = await routeCaller(slug, "OWNER");
  if (caller instanceof Response) return caller;
  const status = await getImportStatus({ businessId: caller.business.id, jobId });
  if (!status) return jsonError(404, "not_found", "No such import.");
  return Response.json(status, { headers: { "Cache-Control": "no-store" } });
}

/** Owner only: imports the checked file (sent again as `file`), all rows or none. */
export async function POST(request: Request, { params }: Context) {
  const { slug, jobId } = await params;
  const caller = await routeCaller(slug, "OWNER");
  if (caller instanceof Response) return caller;
  const upload = await readImportUpload(request);
  if (upload instanceof Response) return upload;
  const result = await commitImport({ businessId: caller.business.id, actorUserId: caller.user.id, jobId, text: upload.text });
  if (!result.ok) return jsonError(STATUS[result.reason], result.reason, result.message);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
