// GET /api/v1/rewards: the live rewards catalog of the key's business.
import { apiRoute } from "@/lib/api/handler";
import { listCatalog } from "@/lib/loyalty/catalog";

export const GET = apiRoute({ scope: "members:read" }, async ({ caller }) => {
  return { status: 200, body: { rewards: await listCatalog(caller.businessId) } };
});
