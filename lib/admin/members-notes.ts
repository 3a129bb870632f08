// Staff notes on a member ("prefers oat milk"): added by staff or the owner, read on the
// member's page. The member is looked up with the business id, so another business's member
// id adds nothing; the note and its audit row are written together.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "./audit";

export async function addMemberNote(input: { businessId: string; memberId: string; authorUserId: string; body: string }): Promise<{ id: string } | null> {
  return db.$transaction(async (tx) => {
    const member = await tx.member.findFirst({ where: { id: input.memberId, businessId: input.businessId }, select: { id: true } });
    if (!member) return null;
    const note = await tx.memberNote.create({
      data: { businessId: input.businessId, memberId: member.id, authorUserId: input.authorUserId, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      businessId: input.businessId,
      actorUserId: input.authorUserId,
      action: "member.note.add",
      entityType: "Member",
      entityId: member.id,
      after: { noteId: note.id, length: input.body.length },
    });
    return note;
  });
}
