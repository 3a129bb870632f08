import { csvDownload, streamLedgerCsv } from "@/lib/admin/csv-export";
import { routeCaller } from "@/lib/admin/members-route-auth";

type Context = { params: Promise<{ slug: string }> };

/** Owner only: the whole ledger as CSV, oldest first, streamed in chunks. */
export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params;
  const caller = await routeCaller(slug, "OWNER");
  if (caller instanceof Response) return caller;
  return csvDownload(streamLedgerCsv(caller.business.id), `${slug}-ledger-${new Date().toISOString().slice(0, 10)}.csv`);
}
