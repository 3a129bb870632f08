import { getCurrentUser } from "@/lib/auth/guards";
import { currentLocaleOrDefault } from "@/lib/i18n/translator";
import { exportUserData } from "@/lib/portal/data-export";

/** "Download my data": the signed-in person's own data as a JSON file, never anyone else's. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: { code: "unauthorized", message: "Sign in to download your data." } }, { status: 401 });
  const data = await exportUserData(user.id, new Date(), await currentLocaleOrDefault());
  if (!data) return Response.json({ error: { code: "not_found", message: "No such account." } }, { status: 404 });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="suki-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
