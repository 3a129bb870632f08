"use server";
import { revalidatePath } from "next/cache";
import { businessStaffAction, ownerAction } from "@/lib/actions/safe-action";
import { UserError } from "@/lib/actions/user-error";
import { addMemberNote } from "@/lib/admin/members-notes";
import { sendPersonalNote } from "@/lib/admin/members-personal-note";
import { addMemberNoteSchema, adjustMemberPointsSchema, sendPersonalNoteSchema } from "@/lib/admin/members-schemas";
import { adjustPoints } from "@/lib/loyalty/adjust";

const notFound = () => new UserError("No such member.", { key: "adminMemberDetail.errors.notFound" });

/** Staff and owner: a note on the member, visible to the business's staff. */
export const addMemberNoteAction = businessStaffAction.inputSchema(addMemberNoteSchema).action(async ({ parsedInput, ctx }) => {
  const note = await addMemberNote({ businessId: ctx.business.id, memberId: parsedInput.memberId, authorUserId: ctx.user.id, body: parsedInput.body });
  if (!note) throw notFound();
  revalidatePath(`/admin/${ctx.business.slug}/members/${parsedInput.memberId}`);
  return { id: note.id };
});

/** Owner only: a manual adjustment with a reason (the engine audits it). */
export const adjustMemberPointsAction = ownerAction.inputSchema(adjustMemberPointsSchema).action(async ({ parsedInput, ctx }) => {
  const { balance } = await adjustPoints(
    {
      businessId: ctx.business.id,
      memberId: parsedInput.memberId,
      points: parsedInput.points,
      reason: parsedInput.reason,
      idempotencyKey: `admin-adjust/${parsedInput.idempotencyKey}`,
    },
    ctx.user.id,
  );
  revalidatePath(`/admin/${ctx.business.slug}/members/${parsedInput.memberId}`);
  return { balance };
});

const NOTE_REFUSALS = {
  not_found: null,
  inactive: ["This membership is not active.", "adminMemberDetail.errors.inactive"],
  no_email: ["This member has no email address.", "adminMemberDetail.errors.noEmail"],
  unsubscribed: ["This member has switched off personal notes.", "adminMemberDetail.errors.unsubscribed"],
} as const;

/** Staff and owner: a personal thank-you email, queued in the outbox. */
export const sendPersonalNoteAction = businessStaffAction.inputSchema(sendPersonalNoteSchema).action(async ({ parsedInput, ctx }) => {
  const result = await sendPersonalNote({
    businessId: ctx.business.id,
    memberId: parsedInput.memberId,
    authorUserId: ctx.user.id,
    message: parsedInput.message,
    idempotencyKey: parsedInput.idempotencyKey,
  });
  if (!result.ok) {
    const refusal = NOTE_REFUSALS[result.reason];
    throw refusal ? new UserError(refusal[0], { key: refusal[1] }) : notFound();
  }
  return { queued: result.queued };
});
