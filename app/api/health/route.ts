// Liveness (GET /api/health): the process answers, nothing else is checked, so a slow
// database never gets a healthy instance restarted. Readiness is /api/ready.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
