// `npm run db:seed`: migrates DATABASE_URL (or the embedded PostgreSQL under .data/ when it is
// unset), then writes the demo data of DESIGN.md §8, or, when the demo is already there, only
// puts the demo accounts, their passwords and roles, and the demo API key back in order.
import { applyMigrations } from "../lib/db/migrations";
import { seedDemo } from "./seed-runner";

async function main(): Promise<void> {
  const started = Date.now();
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const { ensureDatabase } = await import("../lib/db/embedded");
    const database = await ensureDatabase();
    url = database.url;
    stop = database.stop;
  }
  try {
    const { applied } = await applyMigrations(url);
    const { created } = await seedDemo(url);
    const migrated = applied.length > 0 ? `applied ${applied.length} migration(s), ` : "";
    const seeded = created
      ? "seeded the demo (Kapé Suki, Librăria Dor)"
      : "demo already present; demo accounts and API key checked";
    console.log(`db:seed: ${migrated}${seeded} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error("db:seed failed:", error);
  process.exitCode = 1;
});
