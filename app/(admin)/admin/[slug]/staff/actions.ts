"use server";
import { revalidatePath } from "next/cache";
import { ownerAction } from "@/lib/actions/safe-action";
import { changeStaffRole, inviteStaff, removeStaff } from "@/lib/admin/staff";
import { changeStaffRoleSchema, inviteStaffSchema, removeStaffSchema } from "@/lib/admin/staff-schemas";

export const inviteStaffAction = ownerAction.inputSchema(inviteStaffSchema).action(async ({ parsedInput, ctx }) => {
  const result = await inviteStaff({ businessId: ctx.business.id, actorUserId: ctx.user.id, email: parsedInput.email, name: parsedInput.name, role: parsedInput.role });
  revalidatePath(`/admin/${ctx.business.slug}/staff`);
  return { emailSent: result.emailSent };
});

export const changeStaffRoleAction = ownerAction.inputSchema(changeStaffRoleSchema).action(async ({ parsedInput, ctx }) => {
  await changeStaffRole({ businessId: ctx.business.id, actorUserId: ctx.user.id, staffRoleId: parsedInput.staffRoleId, role: parsedInput.role });
  revalidatePath(`/admin/${ctx.business.slug}`, "layout");
  return { role: parsedInput.role };
});

export const removeStaffAction = ownerAction.inputSchema(removeStaffSchema).action(async ({ parsedInput, ctx }) => {
  await removeStaff({ businessId: ctx.business.id, actorUserId: ctx.user.id, staffRoleId: parsedInput.staffRoleId });
  revalidatePath(`/admin/${ctx.business.slug}`, "layout");
  return { removed: true };
});
