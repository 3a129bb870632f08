// What the owner's staff forms may send. Importable by the client forms.
import { z } from "zod";

export const STAFF_ROLES = ["OWNER", "STAFF"] as const;

const slug = z.string().min(1);
const staffRoleId = z.string().min(1).max(64);
const role = z.enum(STAFF_ROLES, { error: "Choose a role." });

export const inviteStaffSchema = z.object({
  slug,
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254)),
  name: z.string().trim().max(80, "Keep the name under 80 characters.").default(""),
  role,
});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;

export const changeStaffRoleSchema = z.object({ slug, staffRoleId, role });
export type ChangeStaffRoleInput = z.infer<typeof changeStaffRoleSchema>;

export const removeStaffSchema = z.object({ slug, staffRoleId });
export type RemoveStaffInput = z.infer<typeof removeStaffSchema>;
