// Liveness: the process answers. (Readiness with database checks comes with the hardening work.)
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" });
}
