// The uploaded CSV of an import request: a multipart `file` field, at most IMPORT_MAX_BYTES.
import "server-only";
import { IMPORT_MAX_BYTES } from "./csv-import-rows";
import { jsonError } from "./members-route-auth";

export async function readImportUpload(request: Request): Promise<{ name: string; text: string } | Response> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > IMPORT_MAX_BYTES + 64 * 1024) return jsonError(413, "too_large", "The file is too large.");
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return jsonError(400, "invalid_input", "Send the CSV file as the form field \"file\".");
  }
  if (!(file instanceof File)) return jsonError(400, "invalid_input", "Send the CSV file as the form field \"file\".");
  if (file.size > IMPORT_MAX_BYTES) return jsonError(413, "too_large", "The file is too large.");
  return { name: file.name, text: await file.text() };
}
