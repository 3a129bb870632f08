// POST /api/v1/members: enrol by email (201, or 200 when already a member).
// GET /api/v1/members?email=|phone=|number=|cardToken=: look one member up.
import { memberIdFromCardToken } from "@/lib/api/card-token";
import { apiRoute } from "@/lib/api/handler";
import { enrollMemberBody, memberLookupQuery, type MemberResponse } from "@/lib/api/schemas";
import { enrollByEmail } from "@/lib/loyalty/enroll-by-email";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { findMemberId, getMemberViewOrThrow } from "@/lib/loyalty/member-view";
import { parseInput } from "@/lib/loyalty/schemas";

export const POST = apiRoute({ scope: "members:write" }, async ({ caller, body }) => {
  const input = parseInput(enrollMemberBody, body ?? {});
  const enrolled = await enrollByEmail({ businessId: caller.businessId, ...input });
  const member: MemberResponse = await getMemberViewOrThrow(caller.businessId, enrolled.memberId);
  return { status: enrolled.created ? 201 : 200, body: member };
});

export const GET = apiRoute({ scope: "members:read" }, async ({ caller, url }) => {
  const query = parseInput(memberLookupQuery, Object.fromEntries(url.searchParams));
  const memberId =
    query.cardToken !== undefined
      ? await memberIdFromCardToken(query.cardToken, caller.businessId)
      : await findMemberId(
          caller.businessId,
          query.email !== undefined ? { email: query.email } : query.phone !== undefined ? { phone: query.phone } : { number: query.number! },
        );
  if (!memberId) throw new LoyaltyError("member_not_found");
  const member: MemberResponse = await getMemberViewOrThrow(caller.businessId, memberId);
  return { status: 200, body: member };
});
