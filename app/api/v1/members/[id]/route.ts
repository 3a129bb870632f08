// GET /api/v1/members/{id}: one member of the key's business (404 for anyone else's).
import { apiRoute } from "@/lib/api/handler";
import type { MemberResponse } from "@/lib/api/schemas";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { getMemberViewOrThrow } from "@/lib/loyalty/member-view";

export const GET = apiRoute<{ id: string }>({ scope: "members:read" }, async ({ caller, params }) => {
  if (params.id.length > 64) throw new LoyaltyError("member_not_found");
  const member: MemberResponse = await getMemberViewOrThrow(caller.businessId, params.id);
  return { status: 200, body: member };
});
