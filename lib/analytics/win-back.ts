// The owner's one-click win-back for a member at risk: the same email and dedupe key as the
// scheduled win-back (lib/email/jobs/offers.ts, one per lapse, named by the last visit), queued
// through the outbox, which applies the member's consent, unsubscribe and the marketing
// cadence when it sends. Audited in the same transaction.
import "server-only";
import { randomUUID } from "node:crypto";
import { UserError } from "@/lib/actions/user-error";
import { db } from "@/lib/db/client";
import { insertNotices } from "@/lib/email/jobs/notices";
import { parseEmailSettings } from "@/lib/email/schemas";
import { inTransaction } from "@/lib/loyalty/tx";

export async function sendWinBack(input: { businessId: string; memberId: string; actorUserId: string; now?: Date }): Promise<{ dedupeKey: string }> {
  const { businessId, memberId, actorUserId } = input;
  const now = input.now ?? new Date();
  const business = await db.business.findUniqueOrThrow({ where: { id: businessId }, select: { emailSettings: true } });
  if (parseEmailSettings(business.emailSettings).disabled.includes("win-back")) {
    throw new UserError("Win-back emails are switched off on the campaigns page.", { key: "adminAnalytics.errors.winBackOff" });
  }
  return inTransaction(async (tx) => {
    const member = await tx.one<{ id: string; name: string | null; balance: number; lastPurchaseId: string | null }>`
      SELECT m.id, m."displayName" AS name, m.balance,
        (SELECT p.id FROM "Purchase" p WHERE p."memberId" = m.id AND p."businessId" = m."businessId" ORDER BY p."occurredAt" DESC LIMIT 1) AS "lastPurchaseId"
      FROM "Member" m WHERE m.id = ${memberId} AND m."businessId" = ${businessId} AND m.status = 'ACTIVE'
      FOR UPDATE OF m`;
    if (!member) throw new UserError("Member not found.", { key: "adminAnalytics.errors.memberNotFound" });
    if (!member.lastPurchaseId) throw new UserError("This member has not visited yet.", { key: "adminAnalytics.errors.noVisit" });
    const dedupeKey = `win-back/${member.lastPurchaseId}/${member.id}`;
    if (await tx.one`SELECT 1 FROM "EmailMessage" WHERE "dedupeKey" = ${dedupeKey}`) {
      throw new UserError("A win-back email for this absence is already queued or sent.", { key: "adminAnalytics.errors.alreadyQueued" });
    }
    const queued = await insertNotices(tx, businessId, "win-back", now, [
      { memberId: member.id, dedupeKey, props: { name: member.name, balance: member.balance, variant: "winBack" } },
    ]);
    if (queued === 0) throw new UserError("This member has no email address or has not agreed to offers by email.", { key: "adminAnalytics.errors.unreachable" });
    await tx.run`
      INSERT INTO "AuditLog" (id, "businessId", "actorUserId", action, "entityType", "entityId", before, after)
      VALUES (${randomUUID()}, ${businessId}, ${actorUserId}, 'member.win_back', 'Member', ${member.id}, NULL, ${{ dedupeKey }}::jsonb)`;
    return { dedupeKey };
  });
}
