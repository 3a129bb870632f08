// Who may call the members area's route handlers (CSV import and export): the signed-in
// person's own role in the business named by the URL's slug, re-read from the database on
// every request. Anything else is a plain 404, the same answer as for a business that does
// not exist, so the routes reveal nothing about other businesses.
import "server-only";
import { getCurrentUser, getStaffBusinesses, type CurrentUser, type StaffBusiness } from "@/lib/auth/guards";

export type RouteCaller = { user: CurrentUser; business: StaffBusiness };

export async function routeCaller(slug: string, role: "OWNER" | "STAFF"): Promise<RouteCaller | Response> {
  const user = await getCurrentUser();
  if (!user) return jsonError(401, "unauthorized", "Sign in first.");
  const business = (await getStaffBusinesses(user.id)).find((candidate) => candidate.slug === slug);
  if (!business || (role === "OWNER" && business.role !== "OWNER")) return jsonError(404, "not_found", "Not found.");
  return { user, business };
}

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}
