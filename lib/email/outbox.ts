// Queueing email: a row in the outbox, written on the caller's transaction so the mail exists
// exactly when its cause committed (DESIGN.md §5). The dedupe key makes a notice happen once
// per member and occasion; a replay of the same event is a no-op. The row stores the
// template's props; /api/cron/outbox renders and delivers it.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/loyalty/tx";
import { KIND_RULES, type EmailKind } from "./kinds";

export type EnqueueEmail = {
  businessId: string;
  memberId: string;
  kind: EmailKind;
  /** `<event>/<entity-id>[/<period>]`, e.g. `milestone/10-visits/<memberId>` */
  dedupeKey: string;
  props: Record<string, unknown>;
  /** The event's time (the engine's `now`); the row is due from `sendAfter`, else from then. */
  now: Date;
  sendAfter?: Date;
};

/** Returns whether a row was written (false: already queued, or the member has no address). */
export async function enqueueEmail(tx: Tx, email: EnqueueEmail): Promise<boolean> {
  // The subject is a placeholder until the row is rendered at send time.
  const written = await tx.run`
    INSERT INTO "EmailMessage" (id, "businessId", "memberId", kind, "dedupeKey", "toEmail", subject, payload, "nextAttemptAt", "createdAt")
    SELECT ${randomUUID()}, m."businessId", m.id, ${email.kind}, ${email.dedupeKey}, u.email, ${KIND_RULES[email.kind].label},
      ${{ props: email.props }}::jsonb, ${email.sendAfter ?? email.now}::timestamp(3), ${email.now}::timestamp(3)
    FROM "Member" m JOIN "User" u ON u.id = m."userId"
    WHERE m.id = ${email.memberId} AND m."businessId" = ${email.businessId} AND m.status = 'ACTIVE'
    ON CONFLICT ("dedupeKey") DO NOTHING`;
  return written > 0;
}
