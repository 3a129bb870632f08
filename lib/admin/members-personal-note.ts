// A personal thank-you note from the owner or a staff member to one member, through the email
// outbox like every other mail (the "personal-note" kind): it honours the member's thank-you
// switch and one-click unsubscribe, carries the unsubscribe headers, and is not held back by
// the weekly marketing cadence because a person wrote it. Refused up front when the member
// cannot receive it, so the writer knows instead of the note vanishing at send time.
import "server-only";
import { randomUUID } from "node:crypto";
import { enqueueEmail } from "@/lib/email/outbox";
import { inTransaction } from "@/lib/loyalty/tx";

export type PersonalNoteResult = { ok: true; queued: boolean } | { ok: false; reason: "not_found" | "no_email" | "unsubscribed" | "inactive" };

export async function sendPersonalNote(
  input: { businessId: string; memberId: string; authorUserId: string; message: string; idempotencyKey: string },
  now = new Date(),
): Promise<PersonalNoteResult> {
  return inTransaction(async (tx) => {
    const member = await tx.one<{ id: string; name: string | null; status: string; email: string | null; thankYou: boolean | null; author: string | null }>`
      SELECT m.id, COALESCE(m."displayName", u.name) AS name, m.status::text AS status, u.email,
        (m."emailPreferences"->>'thankYou')::boolean AS "thankYou",
        (SELECT a.name FROM "User" a WHERE a.id = ${input.authorUserId}) AS author
      FROM "Member" m LEFT JOIN "User" u ON u.id = m."userId"
      WHERE m.id = ${input.memberId} AND m."businessId" = ${input.businessId}
      FOR UPDATE OF m`;
    if (!member) return { ok: false, reason: "not_found" };
    if (member.status !== "ACTIVE") return { ok: false, reason: "inactive" };
    if (!member.email) return { ok: false, reason: "no_email" };
    if (member.thankYou === false) return { ok: false, reason: "unsubscribed" };
    // The form's key makes a double click one note, not two.
    const queued = await enqueueEmail(tx, {
      businessId: input.businessId,
      memberId: member.id,
      kind: "personal-note",
      dedupeKey: `personal-note/${member.id}/${input.idempotencyKey}`,
      props: { name: member.name, message: input.message, from: member.author },
      now,
    });
    if (queued) {
      await tx.run`
        INSERT INTO "AuditLog" (id, "businessId", "actorUserId", action, "entityType", "entityId", before, after)
        VALUES (${randomUUID()}, ${input.businessId}, ${input.authorUserId}, 'member.personal_note', 'Member', ${member.id}, NULL,
          ${{ length: input.message.length }}::jsonb)`;
    }
    return { ok: true, queued };
  });
}
