import { csvDownload, streamMembersCsv } from "@/lib/admin/csv-export";
import { routeCaller } from "@/lib/admin/members-route-auth";

type Context = { params: Promise<{ slug: string }> };

/** Owner only: every member as CSV, streamed. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  const caller = await routeCaller(slug, "OWNER");
  if (caller instanceof Response) return caller;
  return csvDownload(streamMembersCsv(caller.business.id), `${slug}-members-${new Date().toISOString().slice(0, 10)}.csv`);
}
