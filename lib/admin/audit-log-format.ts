// Pure helpers of the audit log page and its CSV export: the keyset cursor, the before/after
// diff, action names as message keys, and spreadsheet-safe cells.

export type AuditCursor = { at: Date; id: string };

/** "<epoch ms>_<id>": newest first, ties on the same millisecond broken by id. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.at.getTime()}_${cursor.id}`;
}

/** A cursor from the address bar; anything malformed is ignored (first page). */
export function decodeAuditCursor(value: string | null | undefined): AuditCursor | null {
  const match = /^(\d{1,15})_([\w-]{1,64})$/.exec(value ?? "");
  if (!match) return null;
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2]! };
}

/** "user:<id>", "key:<id>" or "system": who an audit row names as its actor. */
export type ActorFilter = { kind: "user"; id: string } | { kind: "key"; id: string } | { kind: "system" };

export function parseActorFilter(value: string | null | undefined): ActorFilter | null {
  if (value === "system") return { kind: "system" };
  const match = /^(user|key):([\w-]{1,64})$/.exec(value ?? "");
  return match ? { kind: match[1] as "user" | "key", id: match[2]! } : null;
}

export function actorFilterValue(row: { actorUserId: string | null; actorApiKeyId: string | null }): string {
  if (row.actorUserId) return `user:${row.actorUserId}`;
  if (row.actorApiKeyId) return `key:${row.actorApiKeyId}`;
  return "system";
}

/** "program.update" → "program_update", the action's key in the adminAudit catalog. */
export function actionMessageKey(action: string): string {
  return action.replace(/[^a-zA-Z0-9]+/g, "_");
}

/** An action nobody gave words yet, still readable: "reward.archive" → "Reward archive". */
export function humanizeAction(action: string): string {
  const words = action.replace(/[._-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type DiffLine = { field: string; before: string; after: string };

function show(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Field-by-field changes between two JSON values: nested objects are walked ("rules.earnPoints"),
 * arrays and scalars compared whole. Unchanged fields are left out.
 */
export function diffAudit(before: unknown, after: unknown, prefix = ""): DiffLine[] {
  if (!isPlainObject(before) && !isPlainObject(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: prefix || "value", before: show(before), after: show(after) }];
  }
  const left = isPlainObject(before) ? before : {};
  const right = isPlainObject(after) ? after : {};
  const lines: DiffLine[] = [];
  for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])]) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(left[key]) || isPlainObject(right[key])) lines.push(...diffAudit(left[key], right[key], field));
    else if (JSON.stringify(left[key]) !== JSON.stringify(right[key])) lines.push({ field, before: show(left[key]), after: show(right[key]) });
  }
  return lines;
}

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return) as a formula;
 * an apostrophe in front makes it plain text (CSV injection, OWASP).
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
