// "Delete my account": the person disappears, the business's books stay whole. Each
// membership is anonymised in place (status DELETED, no user, no contact details, no mail),
// so its ledger, purchases and vouchers still add up for the shop's accounting; the ledger
// itself is append-only and untouched, and the cached balance keeps matching it. The user
// row goes, and with it (by cascade) their sign-in accounts and sessions.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/actions/user-error";
import { NO_MARKETING } from "./email-preferences";

export type AccountDeletion = { membershipsAnonymised: number };

export async function deleteUserAccount(userId: string): Promise<AccountDeletion> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, _count: { select: { staffRoles: true } } } });
    if (!user) throw new UserError("This account no longer exists.", { key: "errors.accountGone" });
    // An owner or staff member would leave a business without its people; they hand over first.
    if (user._count.staffRoles > 0) {
      throw new UserError("You work at a business on Suki. Ask its owner to remove your staff role before deleting your account.", {
        key: "errors.staffCannotDelete",
      });
    }
    const members = await tx.member.findMany({ where: { userId }, select: { id: true } });
    const memberIds = members.map((member) => member.id);
    for (const memberId of memberIds) {
      await tx.member.update({
        where: { id: memberId },
        data: {
          status: "DELETED",
          userId: null,
          phone: null,
          displayName: null,
          birthday: null,
          marketingConsent: false,
          emailPreferences: NO_MARKETING,
          // A new token, so links in old emails no longer identify the row.
          unsubscribeToken: randomBytes(24).toString("base64url"),
        },
      });
    }
    // Queued mail must not reach the address any more, and sent mail should not keep it.
    await tx.emailMessage.updateMany({ where: { memberId: { in: memberIds }, status: { in: ["PENDING", "FAILED"] } }, data: { status: "SUPPRESSED" } });
    await tx.emailMessage.updateMany({ where: { OR: [{ memberId: { in: memberIds } }, { toEmail: user.email }] }, data: { toEmail: "deleted@invalid", payload: {} } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.delete({ where: { id: userId } });
    return { membershipsAnonymised: memberIds.length };
  });
}
