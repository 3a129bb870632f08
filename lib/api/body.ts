// Reading a request body for the API: at most 64 KB (counted while streaming, so a lying or
// missing Content-Length cannot make us buffer more), JSON only, and every failure a 4xx.
import { ApiError } from "./errors";

export const MAX_BODY_BYTES = 64 * 1024;

/** The parsed JSON body, or undefined when the request has none. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw new ApiError("payload_too_large");
  const text = await readLimited(request);
  if (text.trim() === "") return undefined;
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim())) throw new ApiError("unsupported_media_type");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json");
  }
  // No request of ours nests deeper than a few levels; a deeper one would only make the
  // recursive code after us (fingerprints, zod) overflow its stack.
  if (depthExceeds(parsed, MAX_DEPTH)) throw new ApiError("invalid_json", { message: "The body is nested too deeply." });
  return parsed;
}

const MAX_DEPTH = 16;

function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

async function readLimited(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // A client that hangs up mid-body (a till's timeout, a load generator stopping) is not a
    // server error to log; the answer goes nowhere anyway.
    const { done, value } = await reader.read().catch(() => {
      throw new ApiError("invalid_json", { message: "The body could not be read to its end." });
    });
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw new ApiError("payload_too_large");
    }
    chunks.push(value);
  }
  // fatal: invalid UTF-8 is malformed input, not something to guess at.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError("invalid_json");
  }
}
