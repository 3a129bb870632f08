// The audit log as CSV, with the page's filters: owner only, streamed in keyset batches so a
// long history never sits in memory, every cell neutralised against spreadsheet formulas.
import { dateTimeFormat } from "@/lib/format/intl";
import Papa from "papaparse";

import { eachAuditRow, type AuditRow } from "@/lib/admin/audit-log";
import { neutralizeCell } from "@/lib/admin/audit-log-format";
import { getCurrentUser, getStaffBusinesses } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";

const COLUMNS = ["at_utc", "at_local", "actor_type", "actor_name", "actor_email", "action", "entity_type", "entity_id", "before", "after"];

function csvLine(cells: string[]): string {
  return `${Papa.unparse([cells.map(neutralizeCell)], { header: false, newline: "\r\n" })}\r\n`;
}

function cellsOf(row: AuditRow, local: Intl.DateTimeFormat): string[] {
  return [
    row.at.toISOString(),
    local.format(row.at),
    row.actor.kind,
    row.actor.name ?? "",
    row.actor.email ?? "",
    row.action,
    row.entityType,
    row.entityId ?? "",
    row.before === null || row.before === undefined ? "" : JSON.stringify(row.before),
    row.after === null || row.after === undefined ? "" : JSON.stringify(row.after),
  ];
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  // Same answer as the pages give staff and strangers: no such page.
  const business = (await getStaffBusinesses(user.id)).find((candidate) => candidate.slug === slug && candidate.role === "OWNER");
  if (!business) return new Response("Not found.", { status: 404 });

  const url = new URL(request.url);
  const filters = { action: url.searchParams.get("action")?.slice(0, 200) ?? "", actor: url.searchParams.get("actor")?.slice(0, 200) ?? "" };
  const { timeZone } = await db.business.findUniqueOrThrow({ where: { id: business.id }, select: { timeZone: true } });
  const local = dateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "medium" });
  const rows = eachAuditRow({ businessId: business.id, filters });
  const encoder = new TextEncoder();

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark so spreadsheet programs read the names as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(COLUMNS)}`));
    },
    async pull(controller) {
      try {
        const next = await rows.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(next.value.map((row) => csvLine(cellsOf(row, local))).join("")));
      } catch (error) {
        console.error("[audit export]", error);
        controller.error(error);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });

  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${business.slug}-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
