// POST /api/v1/actions: credit an owner-defined action (a review, a check-in) to a member.
import { apiRoute } from "@/lib/api/handler";
import { actionBody } from "@/lib/api/schemas";
import { creditAction } from "@/lib/loyalty/bonuses";
import { parseInput } from "@/lib/loyalty/schemas";
import { assertMemberEarnAllowed } from "@/lib/security/api-limits";

export const POST = apiRoute({ scope: "members:write" }, async ({ caller, body, idempotencyKey }) => {
  const input = parseInput(actionBody, body ?? {});
  await assertMemberEarnAllowed(caller, input.memberId);
  const credited = await creditAction(
    { businessId: caller.businessId, memberId: input.memberId, actionKey: input.action, idempotencyKey: idempotencyKey && `api/${idempotencyKey}` },
    { apiKeyId: caller.apiKeyId },
  );
  return { status: 201, body: { pointsCredited: credited.points, balance: credited.balance } };
});
