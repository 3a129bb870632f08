// Owner exports as streamed CSV: members and the whole ledger. Rows are read in keyset chunks
// inside one read-only REPEATABLE READ transaction (a consistent snapshot however long the
// download takes) and written as they arrive, so two million ledger rows never sit in memory.
// The connection is released when the stream ends, fails or the browser goes away.
import "server-only";
import type pg from "pg";
import { pool } from "@/lib/db/client";
import { sqlOn, type Sql } from "@/lib/db/sql";
import { csvLine, type CsvValue } from "./csv-export-format";

export const EXPORT_CHUNK_ROWS = 2000;
// Excel reads a UTF-8 file as UTF-8 only when it starts with a byte-order mark (Librăria Dor).
const BOM = "\uFEFF";

type Chunk = { lines: CsvValue[][]; done: boolean };
type Reader = (sql: Sql) => Promise<Chunk>;

export const MEMBER_COLUMNS = ["number", "name", "email", "phone", "tier", "balance", "lifetime_earned", "lifetime_spent", "joined_at", "last_visit_at"];

export function streamMembersCsv(businessId: string): ReadableStream<Uint8Array> {
  let after = 0;
  return csvStream(MEMBER_COLUMNS, async (sql) => {
    const rows = await sql.rows<{ number: number; name: string | null; email: string | null; phone: string | null; tier: string | null;
      balance: number; lifetimeEarned: number; lifetimeSpent: number; joinedAt: Date; lastActivityAt: Date | null }>`
      SELECT m.number, m."displayName" AS name, u.email, m.phone, t.name AS tier, m.balance, m."lifetimeEarned", m."lifetimeSpent",
        m."joinedAt", m."lastActivityAt"
      FROM "Member" m LEFT JOIN "User" u ON u.id = m."userId" LEFT JOIN "Tier" t ON t.id = m."tierId"
      WHERE m."businessId" = ${businessId} AND m.number > ${after}
      ORDER BY m.number LIMIT ${EXPORT_CHUNK_ROWS}`;
    if (rows.length > 0) after = rows.at(-1)!.number;
    return {
      lines: rows.map((row) => [row.number, row.name, row.email, row.phone, row.tier, row.balance, row.lifetimeEarned, row.lifetimeSpent, row.joinedAt, row.lastActivityAt]),
      done: rows.length < EXPORT_CHUNK_ROWS,
    };
  });
}

export const LEDGER_COLUMNS = ["date", "member_number", "kind", "points", "reason", "purchase_external_id"];

export function streamLedgerCsv(businessId: string): ReadableStream<Uint8Array> {
  let after: { at: Date; id: string } | null = null;
  return csvStream(LEDGER_COLUMNS, async (sql) => {
    const from = after;
    // Keyed by the ledger's (businessId, createdAt) index, oldest first; the id breaks ties.
    const rows = await sql.rows<{ id: string; createdAt: Date; number: number; kind: string; points: number; reason: string | null; externalId: string | null }>`
      SELECT l.id, l."createdAt", m.number, l.kind::text AS kind, l.points, l.reason, p."externalId"
      FROM "LedgerEntry" l JOIN "Member" m ON m.id = l."memberId" LEFT JOIN "Purchase" p ON p.id = l."purchaseId"
      WHERE l."businessId" = ${businessId}
        AND (${from?.at ?? null}::timestamp(3) IS NULL OR (l."createdAt", l.id) > (${from?.at ?? null}::timestamp(3), ${from?.id ?? ""}))
      ORDER BY l."createdAt", l.id LIMIT ${EXPORT_CHUNK_ROWS}`;
    if (rows.length > 0) after = { at: rows.at(-1)!.createdAt, id: rows.at(-1)!.id };
    return {
      lines: rows.map((row) => [row.createdAt, row.number, row.kind, row.points, row.reason, row.externalId]),
      done: rows.length < EXPORT_CHUNK_ROWS,
    };
  });
}

function csvStream(columns: string[], read: Reader): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let client: pg.PoolClient | null = null;
  const release = async (commit: boolean) => {
    const held = client;
    client = null;
    if (!held) return;
    await held.query(commit ? "COMMIT" : "ROLLBACK").catch(() => {});
    held.release();
  };
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      client = await pool.connect();
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      controller.enqueue(encoder.encode(BOM + csvLine(columns)));
    },
    async pull(controller) {
      try {
        const chunk = await read(sqlOn(client!));
        if (chunk.lines.length > 0) controller.enqueue(encoder.encode(chunk.lines.map(csvLine).join("")));
        if (chunk.done) {
          await release(true);
          controller.close();
        }
      } catch (error) {
        await release(false);
        controller.error(error);
      }
    },
    async cancel() {
      await release(false);
    },
  });
}

/** The download response of an export: streamed, never cached. */
export function csvDownload(body: ReadableStream<Uint8Array>, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
