// GET /media/rewards/<id>: an uploaded reward picture. Public like the catalog that shows it.
// A picture never changes under its id (a new upload gets a new id and URL), so it is cached
// for a year as immutable. The stored type was sniffed from the bytes at upload, and nosniff
// plus a locked-down CSP keep a browser from ever treating the bytes as anything else.
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const image = /^[A-Za-z0-9_-]{1,64}$/.test(id)
    ? await db.rewardImage.findUnique({ where: { id }, select: { contentType: true, data: true } })
    : null;
  if (!image) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  return new Response(new Uint8Array(image.data), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.data.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
