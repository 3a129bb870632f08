// The server-action clients. Expected failures (UserError) reach the form with their
// message; anything else is logged and shown as a generic error, never a stack trace.
import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { requireMember, requireStaff } from "@/lib/auth/guards";
import { userFacingMessage } from "@/lib/i18n/errors";
import { log } from "@/lib/log";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { currentRequestId } from "@/lib/security/request-id";
import { UserError } from "./user-error";

export const GENERIC_ERROR = "Something went wrong. Please try again.";

export const publicAction = createSafeActionClient({
  // Both answers in the reader's language (lib/i18n/errors.ts).
  async handleServerError(error) {
    if (error instanceof UserError || error instanceof LoyaltyError) return userFacingMessage(error);
    log.error("server action failed", { requestId: await currentRequestId(), error });
    return userFacingMessage(null);
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

function inputSlug(clientInput: unknown): unknown {
  return typeof clientInput === "object" && clientInput !== null ? (clientInput as { slug?: unknown }).slug : undefined;
}

/**
 * Staff or owner of the business named by the input's `slug` (counter, member look-up). As
 * with ownerAction, the slug only selects among the caller's own roles.
 */
export const businessStaffAction = staffAction.use(async ({ next, ctx, clientInput }) => {
  const slug = inputSlug(clientInput);
  const business = ctx.businesses.find((candidate) => candidate.slug === slug);
  if (!business) throw new UserError("You are not on the staff of this business.");
  return next({ ctx: { business } });
});

/**
 * Owner of the business named by the input's `slug`. The slug only selects among the
 * caller's own roles, so a browser naming another business gets nothing.
 */
export const ownerAction = staffAction.use(async ({ next, ctx, clientInput }) => {
  const slug = inputSlug(clientInput);
  const business = ctx.businesses.find((candidate) => candidate.slug === slug && candidate.role === "OWNER");
  if (!business) throw new UserError("Only the owner of this business can do that.");
  return next({ ctx: { business } });
});
