// Readiness (GET /api/ready): 200 when the database answers and every migration is applied,
// 503 otherwise. Public and free of secrets; liveness alone is /api/health.
import { requestLogger } from "@/lib/log";
import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const readiness = await checkReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready", database: "ok", migrations: readiness.migrations }, { headers });
  requestLogger(request).warn("not ready", { reason: readiness.reason, pending: readiness.pending });
  return Response.json({ status: "unready", reason: readiness.reason, pending: readiness.pending }, { status: 503, headers });
}
