// The migrations runner against a real, empty PostgreSQL database of its own (not the test
// template, which is already migrated). Schema changes happen in a temporary copy of prisma/,
// so the repository's migrations folder is never written.
import { createHash, randomBytes } from "node:crypto";
import {
  appendFile,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, createMigration, MigrationError } from "./migrations";

const projectRoot = path.resolve(import.meta.dirname, "../..");
// Under the project's Vitest config the global setup provides the test server (DATABASE_URL's
// or the embedded one); run on its own, the test uses the machine's PostgreSQL.
const provided = inject("testDatabase") as { serverUrl: string } | undefined;
const adminUrl =
  process.env.TEST_ADMIN_DATABASE_URL ??
  (provided ? withDatabase(provided.serverUrl, "postgres") : undefined) ??
  "postgresql://postgres@127.0.0.1:5432/postgres";
const database = `suki_migrations_${randomBytes(6).toString("hex")}`;
const databaseUrl = withDatabase(adminUrl, database);
let root: string;

function withDatabase(url: string, name: string): string {
  return Object.assign(new URL(url), { pathname: `/${name}` }).toString();
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

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(path.join(root, "prisma/migrations"), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

beforeAll(async () => {
  await query(adminUrl, `CREATE DATABASE "${database}"`);
  root = await mkdtemp(path.join(tmpdir(), "suki-migrations-"));
  await cp(path.join(projectRoot, "prisma"), path.join(root, "prisma"), { recursive: true });
});

afterAll(async () => {
  await query(adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  if (root) await rm(root, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("applies every migration in order on an empty database", async () => {
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);

    expect(await applyMigrations(databaseUrl, root)).toEqual({ applied: names });
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(databaseUrl, root)).toEqual({ applied: [] });
  });

  it("records each migration as `prisma migrate deploy` does", async () => {
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>(
      databaseUrl,
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    const expected = await Promise.all(
      (await migrationNames()).map(async (name) => {
        const sql = await readFile(path.join(root, "prisma/migrations", name, "migration.sql"));
        return {
          migration_name: name,
          checksum: createHash("sha256").update(sql).digest("hex"),
          finished_at: expect.any(Date),
          rolled_back_at: null,
          applied_steps_count: 1,
        };
      }),
    );
    expect(rows).toEqual(expected);
  });

  it("creates a table for every model in the schema", async () => {
    const schema = await readFile(path.join(root, "prisma/schema.prisma"), "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]);
    const tables = await query<{ table_name: string }>(
      databaseUrl,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(models));
  });
});

describe("createMigration", () => {
  it("creates nothing when the schema matches the last migration", async () => {
    const before = await migrationNames();

    expect(await createMigration("unchanged", databaseUrl, root)).toEqual({ created: null });
    expect(await migrationNames()).toEqual(before);
  });

  it("turns a schema change into a migration that applies cleanly", async () => {
    await appendFile(
      path.join(root, "prisma/schema.prisma"),
      "\nmodel MigrationProbe {\n  id    Int    @id\n  label String\n}\n",
    );

    const { created } = await createMigration("add_probe", databaseUrl, root);
    expect(created).toMatch(/^\d{14}_add_probe$/);
    const file = path.join(root, "prisma/migrations", created!, "migration.sql");
    const sql = await readFile(file, "utf8");
    expect(sql).toContain('CREATE TABLE "MigrationProbe"');
    expect(await applyMigrations(databaseUrl, root)).toEqual({ applied: [created] });
    // The snapshot moved forward with the migration.
    expect(await createMigration("again", databaseUrl, root)).toEqual({ created: null });
  });

  it("refuses a name that is not lowercase letters, digits and underscores", async () => {
    await expect(createMigration("Add-Probe", databaseUrl, root)).rejects.toThrow(MigrationError);
  });
});

// Runs last: the failing migration leaves the database in the failed state Prisma refuses to
// migrate past.
describe("a hand-written migration", () => {
  async function addMigration(name: string, sql: string): Promise<void> {
    const dir = path.join(root, "prisma/migrations", name);
    await mkdir(dir);
    await writeFile(path.join(dir, "migration.sql"), sql);
  }

  it("runs as one script, so PL/pgSQL bodies and semicolons in comments survive", async () => {
    await addMigration(
      "29990101000000_function",
      `-- A comment; with a semicolon.
CREATE FUNCTION probe_greeting() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN 'hello; world';
END;
$$;
`,
    );

    expect(await applyMigrations(databaseUrl, root)).toEqual({
      applied: ["29990101000000_function"],
    });
    const rows = await query(databaseUrl, "SELECT probe_greeting() AS greeting");
    expect(rows).toEqual([{ greeting: "hello; world" }]);
  });

  it("applies nothing of a migration that fails", async () => {
    await addMigration(
      "29990101000001_broken",
      "CREATE TABLE half_applied (id int);\nSELECT missing FROM nowhere;\n",
    );

    await expect(applyMigrations(databaseUrl, root)).rejects.toThrow(/nowhere/);
    const tables = await query(databaseUrl, "SELECT to_regclass('half_applied') AS found");
    expect(tables).toEqual([{ found: null }]);
  });
});
