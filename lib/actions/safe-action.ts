// The server-action clients. Expected failures (UserError) reach the form with their
// message; anything else is logged and shown as a generic error, never a stack trace.
import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { requireMember, requireStaff } from "@/lib/auth/guards";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { UserError } from "./user-error";

export const GENERIC_ERROR = "Something went wrong. Please try again.";

export const publicAction = createSafeActionClient({
  handleServerError(error) {
    if (error instanceof UserError || error instanceof LoyaltyError) return error.message;
    console.error("[action]", error);
    return GENERIC_ERROR;
  },
});

/** Signed-in person; the session is re-checked against the database. */
export const memberAction = publicAction.use(async ({ next }) => {
  const { user, programs } = await requireMember();
  return next({ ctx: { user, programs } });
});

/** Staff or owner of at least one business; actions pick the business from ctx, not input. */
export const staffAction = publicAction.use(async ({ next }) => {
  const { user, businesses } = await requireStaff();
  return next({ ctx: { user, businesses } });
});
