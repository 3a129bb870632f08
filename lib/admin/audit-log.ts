// The owner's audit log: newest first, paged by keyset on (at, id) so page 500 costs what page
// 1 does, filtered by action and actor. Actors are resolved to names here: a user's name or
// email, an API key's name (only keys of this business), or the system for scheduled jobs.
import "server-only";

import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actorFilterValue, parseActorFilter, type AuditCursor } from "./audit-log-format";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = { action?: string | null; actor?: string | null };

export type AuditRow = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  actor: { kind: "user" | "key" | "system"; name: string | null; email: string | null };
};

function whereFor(businessId: string, filters: AuditFilters, cursor: AuditCursor | null): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = { businessId };
  if (filters.action) where.action = filters.action;
  const actor = parseActorFilter(filters.actor);
  if (actor?.kind === "user") where.actorUserId = actor.id;
  if (actor?.kind === "key") where.actorApiKeyId = actor.id;
  if (actor?.kind === "system") Object.assign(where, { actorUserId: null, actorApiKeyId: null });
  if (cursor) where.OR = [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }];
  return where;
}

async function resolveActors(businessId: string, rows: { actorUserId: string | null; actorApiKeyId: string | null }[]) {
  const userIds = [...new Set(rows.flatMap((row) => (row.actorUserId ? [row.actorUserId] : [])))];
  const keyIds = [...new Set(rows.flatMap((row) => (row.actorApiKeyId ? [row.actorApiKeyId] : [])))];
  const [users, keys] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }) : [],
    keyIds.length ? db.apiKey.findMany({ where: { businessId, id: { in: keyIds } }, select: { id: true, name: true } }) : [],
  ]);
  const userById = new Map(users.map((user) => [user.id, user]));
  const keyById = new Map(keys.map((key) => [key.id, key]));
  return (row: { actorUserId: string | null; actorApiKeyId: string | null }): AuditRow["actor"] => {
    if (row.actorUserId) {
      const user = userById.get(row.actorUserId);
      return { kind: "user", name: user?.name ?? null, email: user?.email ?? null };
    }
    if (row.actorApiKeyId) return { kind: "key", name: keyById.get(row.actorApiKeyId)?.name ?? null, email: null };
    return { kind: "system", name: null, email: null };
  };
}

/** One page of the log; `nextCursor` is null on the last page. */
export async function listAuditLog(input: {
  businessId: string;
  filters?: AuditFilters;
  cursor?: AuditCursor | null;
  limit?: number;
}): Promise<{ rows: AuditRow[]; nextCursor: AuditCursor | null }> {
  const limit = Math.min(Math.max(input.limit ?? AUDIT_PAGE_SIZE, 1), 1000);
  const found = await db.auditLog.findMany({
    where: whereFor(input.businessId, input.filters ?? {}, input.cursor ?? null),
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, before: true, after: true, actorUserId: true, actorApiKeyId: true },
  });
  const page = found.slice(0, limit);
  const actorOf = await resolveActors(input.businessId, page);
  const rows = page.map(({ actorUserId, actorApiKeyId, ...row }) => ({ ...row, actor: actorOf({ actorUserId, actorApiKeyId }) }));
  const last = page.at(-1);
  return { rows, nextCursor: found.length > limit && last ? { at: last.at, id: last.id } : null };
}

/** Every row matching the filters, newest first, in batches (the CSV export streams these). */
export async function* eachAuditRow(input: { businessId: string; filters?: AuditFilters; batchSize?: number }): AsyncGenerator<AuditRow[]> {
  let cursor: AuditCursor | null = null;
  do {
    const page = await listAuditLog({ businessId: input.businessId, filters: input.filters, cursor, limit: input.batchSize ?? 500 });
    if (page.rows.length > 0) yield page.rows;
    cursor = page.nextCursor;
  } while (cursor);
}

/** The choices of the filter menus: actions and actors that occur in this business's log. */
export async function auditFilterOptions(businessId: string) {
  const [actions, actors] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], where: { businessId }, orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["actorUserId", "actorApiKeyId"], where: { businessId } }),
  ]);
  const actorOf = await resolveActors(businessId, actors);
  return {
    actions: actions.map((row) => row.action),
    actors: actors
      .map((row) => ({ value: actorFilterValue(row), ...actorOf(row) }))
      .sort((a, b) => (a.name ?? a.email ?? a.kind).localeCompare(b.name ?? b.email ?? b.kind)),
  };
}
