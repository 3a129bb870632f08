"use server";

import { memberAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";
import { issueCardToken } from "@/lib/loyalty/card-token";
import { cardTokenSchema } from "@/lib/portal/schemas";

/** A fresh card code for the caller's own membership in the business named by the URL. */
export const issueCardTokenAction = memberAction
  .inputSchema(cardTokenSchema)
  .action(async ({ parsedInput: { slug }, ctx: { programs } }) => {
    const program = programs.find((candidate) => candidate.slug === slug);
    if (!program) throw new UserError("You are not a member of this program.", { key: "errors.notAMember" });
    const { token, expiresAt } = issueCardToken({ businessId: program.businessId, memberId: program.memberId });
    return { token, expiresAt: expiresAt.getTime() };
  });
