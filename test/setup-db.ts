// Runs before each *.db.test.ts file: a private copy of the migrated template database, and
// the environment lib/env.js expects, set before any module under test is imported.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { cloneDatabase, dropDatabase, withDatabaseName } from "@/lib/db/admin";

const { serverUrl, template } = inject("testDatabase");
const adminUrl = withDatabaseName(serverUrl, "postgres");
const database = `suki_t_${randomBytes(6).toString("hex")}`;

await cloneDatabase(adminUrl, template, database);
process.env.DATABASE_URL = withDatabaseName(serverUrl, database);
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.CRON_SECRET ??= randomBytes(32).toString("base64url");

afterAll(async () => {
  const { db, pool } = await import("@/lib/db/client");
  await db.$disconnect();
  await pool.end();
  await dropDatabase(adminUrl, database);
});
