import { previewImport } from "@/lib/admin/csv-import";
import { readImportUpload } from "@/lib/admin/csv-import-upload";
import { routeCaller } from "@/lib/admin/members-route-auth";

type Context = { params: Promise<{ slug: string }> };

/** Owner only: checks an uploaded CSV (multipart field `file`) and answers the preview. */
export async function POST(request: Request, { params }: Context) {
  const { slug } = await params;
  const caller = await routeCaller(slug, "OWNER");
  if (caller instanceof Response) return caller;
  const upload = await readImportUpload(request);
  if (upload instanceof Response) return upload;
  const preview = await previewImport({ businessId: caller.business.id, actorUserId: caller.user.id, fileName: upload.name, text: upload.text });
  return Response.json(preview, { headers: { "Cache-Control": "no-store" } });
}
