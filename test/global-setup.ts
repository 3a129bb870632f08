// Prepares one migrated template database; every *.db.test.ts file then gets its own copy
// (test/setup-db.ts), so files run in parallel without seeing each other's rows.
// DATABASE_URL set: that server is used (databases are created beside the named one).
// Unset: the embedded PostgreSQL under .data/, exactly as a new user gets it.
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from "../lib/db/admin";
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";

const TEMPLATE = `suki_test_template_${process.pid}`;

export default async function setup(project: TestProject) {
  let serverUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const embedded = await ensureDatabase({ database: "postgres" });
    serverUrl = embedded.url;
    stop = embedded.stop;
  }
  const adminUrl = withDatabaseName(serverUrl, "postgres");
  try {
    await dropDatabase(adminUrl, TEMPLATE);
    await createDatabaseIfMissing(adminUrl, TEMPLATE);
    await applyMigrations(withDatabaseName(serverUrl, TEMPLATE));
  } catch (error) {
    // A cluster left running would keep Vitest from exiting.
    await stop();
    throw error;
  }
  project.provide("testDatabase", { serverUrl, template: TEMPLATE });

  return async () => {
    await dropDatabase(adminUrl, TEMPLATE);
    await stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { serverUrl: string; template: string };
  }
}
