// `npm run db:backup [-- <file>] [-- --format pg_dump|builtin]`: a consistent backup of
// DATABASE_URL (or of the embedded PostgreSQL's `suki` database) into backups/ by default.
// pg_dump's custom format when a pg_dump at least as new as the server is installed, else
// Suki's built-in format (lib/ops/backup.ts says why). Restore with `npm run db:restore`.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { ensureDatabase } from "../lib/db/embedded";
import { backupDatabase, chooseFormat, type BackupFormat } from "../lib/ops/backup";

async function main(args: string[]): Promise<void> {
  const formatIndex = args.indexOf("--format");
  const wanted = (formatIndex >= 0 ? args[formatIndex + 1] : "auto") as BackupFormat | "auto";
  if (!["auto", "pg_dump", "builtin"].includes(wanted)) throw new Error(`Unknown format "${wanted}": use pg_dump or builtin.`);
  const positional = args.filter((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--format");
  const url = process.env.DATABASE_URL;
  const database = url ? { url, stop: async () => {} } : await ensureDatabase({ database: process.env.SUKI_DATABASE_NAME ?? "suki" });
  try {
    const format = await chooseFormat(database.url, wanted);
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = path.resolve(positional[0] ?? path.join("backups", `suki-${stamp}.${format === "pg_dump" ? "dump" : "sukibackup.gz"}`));
    mkdirSync(path.dirname(file), { recursive: true });
    const started = Date.now();
    const result = await backupDatabase(database.url, file, format);
    console.log(`db:backup: ${result.rows} rows of ${result.tables} tables → ${file} (${result.format}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
