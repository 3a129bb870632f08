// A fresh, migrated database of its own for one benchmark run, on DATABASE_URL's server or the
// embedded PostgreSQL, plus the environment lib/env.js expects. Dropped again by `stop`.
import { randomBytes } from "node:crypto";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "../lib/db/admin";
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";

export async function benchDatabase(name: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await ensureDatabase({ database: "postgres" });
  const adminUrl = withDatabaseName(server.url, "postgres");
  await dropDatabase(adminUrl, name);
  await createDatabaseIfMissing(adminUrl, name);
  const url = withDatabaseName(server.url, name);
  await applyMigrations(url);
  // Set before the app's modules load: lib/env.js reads them at import.
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.CRON_SECRET ??= randomBytes(32).toString("base64url");
  return {
    url,
    stop: async () => {
      await dropDatabase(adminUrl, name);
      await server.stop();
    },
  };
}
