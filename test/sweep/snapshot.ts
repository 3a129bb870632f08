// A fingerprint of the database's business data: per table, the row count and an md5 over
// every row's text. Equal fingerprints before and after a call mean the call changed nothing.
// Scoped to one business, it covers only that business's rows (for calls that may rightly
// change the caller's own business). Rate-limit counters are bookkeeping, not data.
import { pool } from "@/lib/db/client";

// Every table of the app except bookkeeping: rate-limit counters and the migrations log.
const SKIPPED = new Set(["RateLimit", "ApiRateLimit", "_prisma_migrations"]);

export type Snapshot = Record<string, string>;

let layout: Promise<{ name: string; tenant: boolean }[]> | undefined;
function tables(): Promise<{ name: string; tenant: boolean }[]> {
  layout ??= pool
    .query<{ name: string; tenant: boolean }>(
      `SELECT t.table_name AS name,
              EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'businessId') AS tenant
       FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
    )
    .then(({ rows }) => rows.filter((row) => !SKIPPED.has(row.name)));
  return layout;
}

export async function snapshot(businessId?: string): Promise<Snapshot> {
  const parts = (await tables()).map(({ name, tenant }) => {
    const where = !businessId ? "" : tenant ? `WHERE t."businessId" = $1` : name === "Business" ? "WHERE t.id = $1" : "WHERE false";
    return `(SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM "${name}" t ${where}) AS "${name}"`;
  });
  const { rows } = await pool.query<Snapshot>(`SELECT ${parts.join(", ")}`, businessId ? [businessId] : []);
  return rows[0]!;
}

/** Names of the tables whose fingerprint differs. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys(before).filter((table) => before[table] !== after[table]);
}
