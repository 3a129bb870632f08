// Backup and restore of a seeded database: the restored copy has every row of every table,
// byte for byte, and every member's balance equals the sum of their ledger.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "@/lib/db/admin";
import { seedIfEmpty } from "@/prisma/seed-runner";
import { backupDatabase, chooseFormat, detectFormat, findTool, restoreDatabase, serverMajor } from "./backup";

const source = process.env.DATABASE_URL!;
const adminUrl = withDatabaseName(source, "postgres");
const folder = mkdtempSync(path.join(tmpdir(), "suki-backup-"));
const created: string[] = [];

beforeAll(() => seedIfEmpty(source), 180_000);

afterAll(async () => {
  for (const name of created) await dropDatabase(adminUrl, name);
  rmSync(folder, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const name = `suki_t_restore_${randomBytes(5).toString("hex")}`;
  created.push(name);
  await createDatabaseIfMissing(adminUrl, name);
  return withDatabaseName(source, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Per table: row count and md5 over the rows' text, the migrations log aside (its timestamps differ). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(url, `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`);
  const parts = tables.map(({ name }) => `(SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '-') FROM "${name}" t) AS "${name}"`);
  return (await query<Record<string, string>>(url, `SELECT ${parts.join(", ")}`))[0]!;
}

async function balanceMismatches(url: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    url,
    `SELECT count(*)::int AS n FROM (SELECT m.id FROM "Member" m LEFT JOIN "LedgerEntry" l ON l."memberId" = m.id GROUP BY m.id, m.balance HAVING m.balance <> COALESCE(SUM(l.points), 0)) v`,
  );
  return row!.n;
}

describe("db:backup and db:restore", () => {
  it.each(["auto", "builtin"] as const)("a %s backup restores into a fresh database with every row and every balance equal to its ledger", { timeout: 120_000 }, async (wanted) => {
    const expected = await fingerprint(source);
    expect(Number(expected.Member!.split(":")[0])).toBeGreaterThan(300);
    expect(Number(expected.LedgerEntry!.split(":")[0])).toBeGreaterThan(1_000);

    const file = path.join(folder, `backup-${wanted}`);
    const backup = await backupDatabase(source, file, wanted);
    // pg_dump when one at least as new as the server is installed, else the built-in format.
    expect(backup.format).toBe(wanted === "builtin" ? "builtin" : await chooseFormat(source));
    expect(await detectFormat(file)).toBe(backup.format);

    const target = await freshDatabase();
    const restored = await restoreDatabase(target, file);
    expect(restored.format).toBe(backup.format);
    expect(await fingerprint(target)).toEqual(expected);
    expect(await balanceMismatches(target)).toBe(0);
    const [migrations] = await query<{ n: number }>(target, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    expect(migrations!.n).toBeGreaterThan(0);
  });

  it("chooses pg_dump exactly when a new enough one is installed", async () => {
    const major = await serverMajor(source);
    expect(await chooseFormat(source)).toBe((await findTool("pg_dump", major)) ? "pg_dump" : "builtin");
    expect(await findTool("pg_dump", 999)).toBeNull();
  });

  it("refuses to restore over a database that has tables", async () => {
    const file = path.join(folder, "backup-refuse");
    await backupDatabase(source, file, "builtin");
    await expect(restoreDatabase(source, file)).rejects.toThrow(/not empty/);
  });
});
