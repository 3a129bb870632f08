// The audit trail of the admin area: who changed what, when, with the state before and after.
// Written in the same transaction as the change it describes, so neither exists without the
// other. (The loyalty engine's own raw-SQL transactions write theirs inline, e.g. adjust.ts.)
import "server-only";

import type { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type AuditWriter = Pick<typeof db, "auditLog"> | Prisma.TransactionClient;

export type AuditEntry = {
  businessId: string;
  actorUserId: string | null;
  /** dotted verb, e.g. "program.update", "reward.archive", "staff.remove" */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

export async function recordAudit(writer: AuditWriter, entry: AuditEntry): Promise<void> {
  await writer.auditLog.create({
    data: {
      businessId: entry.businessId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
