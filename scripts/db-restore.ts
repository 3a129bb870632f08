// `npm run db:restore -- <file> [--into <database>]`: restores a backup of `npm run
// db:backup` into an EMPTY database, created when missing: by default the one DATABASE_URL
// names (or the embedded PostgreSQL's `suki`). It never writes over data: to replace a
// database, stop the app, drop it (or restore into a new name and point DATABASE_URL there).
import { createDatabaseIfMissing, withDatabaseName } from "../lib/db/admin";
import { ensureDatabase } from "../lib/db/embedded";
import { restoreDatabase } from "../lib/ops/backup";

async function main(args: string[]): Promise<void> {
  const intoIndex = args.indexOf("--into");
  const into = intoIndex >= 0 ? args[intoIndex + 1] : undefined;
  const file = args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--into");
  if (!file) throw new Error("usage: npm run db:restore -- <backup file> [--into <database>]");
  const url = process.env.DATABASE_URL;
  const server = url ? { url, stop: async () => {} } : await ensureDatabase({ database: process.env.SUKI_DATABASE_NAME ?? "suki" });
  try {
    const name = into ?? new URL(server.url).pathname.slice(1);
    await createDatabaseIfMissing(withDatabaseName(server.url, "postgres"), name);
    const started = Date.now();
    const result = await restoreDatabase(withDatabaseName(server.url, name), file);
    console.log(`db:restore: ${result.rows} rows into "${name}" from ${file} (${result.format}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await server.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`db:restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
