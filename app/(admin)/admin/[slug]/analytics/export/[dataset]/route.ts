// GET /admin/<slug>/analytics/export/<dataset>?range=30 (or from/to): one table or the figures
// of the owner's overview as a CSV download, for the period in the query. Owners only: anyone
// else gets the same 404 as for a business that does not exist.
import type { NextRequest } from "next/server";
import { csvResponse } from "@/lib/analytics/csv";
import { exportDataset } from "@/lib/analytics/export";
import { isExportDataset } from "@/lib/analytics/schemas";
import { analyticsScope } from "@/lib/analytics/scope";
import { jsonError, routeCaller } from "@/lib/admin/members-route-auth";
import { db } from "@/lib/db/client";
import { currentLocaleOrDefault, translatorFor } from "@/lib/i18n/translator";

type Context = { params: Promise<{ slug: string; dataset: string }> };

export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { slug, dataset } = await params;
  const caller = await routeCaller(slug, "OWNER");
  if (caller instanceof Response) return caller;
  if (!isExportDataset(dataset)) return jsonError(404, "not_found", "Not found.");
  const business = await db.business.findUniqueOrThrow({ where: { id: caller.business.id }, select: { currency: true, timeZone: true } });
  const search = Object.fromEntries(request.nextUrl.searchParams.entries());
  const scope = analyticsScope({ businessId: caller.business.id, timeZone: business.timeZone, search });
  const t = translatorFor(await currentLocaleOrDefault());
  const table = await exportDataset(dataset, { scope, t, currency: business.currency });
  return csvResponse(`${slug}-${dataset}-${scope.period.from}-${scope.period.to}.csv`, table.header, [table.rows]);
}
