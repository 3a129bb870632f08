"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { memberAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";
import { translateValidationErrors } from "@/lib/i18n/errors";
import { deleteUserAccount } from "@/lib/portal/account-deletion";
import { unsubscribeUserFromAll, updateEmailPreferences, updateProfile } from "@/lib/portal/profile";
import { deleteAccountSchema, updateEmailPreferencesSchema, updateProfileSchema } from "@/lib/portal/schemas";
import { revokeAllSessions } from "@/lib/security/sessions";

export const updateProfileAction = memberAction
  .inputSchema(updateProfileSchema, { handleValidationErrorsShape: translateValidationErrors })
  .action(async ({ parsedInput, ctx: { user } }) => {
    await updateProfile({ userId: user.id, ...parsedInput });
    revalidatePath("/portal", "layout");
    return { saved: true };
  });

export const updateEmailPreferencesAction = memberAction
  .inputSchema(updateEmailPreferencesSchema)
  .action(async ({ parsedInput: { slug, preferences }, ctx: { user, programs } }) => {
    const program = programs.find((candidate) => candidate.slug === slug);
    if (!program) throw new UserError("That program is not one of yours.", { key: "errors.notYourProgram" });
    await updateEmailPreferences({ userId: user.id, memberId: program.memberId, preferences });
    revalidatePath("/portal/profile");
    return { saved: true };
  });

export const unsubscribeAllAction = memberAction.inputSchema(z.object({})).action(async ({ ctx: { user } }) => {
  const result = await unsubscribeUserFromAll(user.id);
  revalidatePath("/portal/profile");
  return result;
});

/** Every device, this one included, must sign in again. */
export const signOutEverywhereAction = memberAction.inputSchema(z.object({})).action(async ({ ctx: { user } }) => {
  await revokeAllSessions(user.id);
  await signOut({ redirectTo: "/login?notice=signed-out-everywhere" });
  return { signedOut: true };
});

export const deleteAccountAction = memberAction.inputSchema(deleteAccountSchema, { handleValidationErrorsShape: translateValidationErrors }).action(async ({ ctx: { user } }) => {
  await deleteUserAccount(user.id);
  // Clears the session cookie; the user row is gone, so the token would be refused anyway.
  await signOut({ redirectTo: "/login?notice=account-deleted" });
  return { deleted: true };
});
