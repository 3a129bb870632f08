// Creating and dropping whole databases: the embedded launcher, e2e resets and test isolation.
import pg from "pg";

const SAFE_NAME = /^[a-z0-9_]+$/;

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`Bad database name: ${database}`);
  await withClient(adminUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount !== 0) return;
    await client.query(`CREATE DATABASE "${database}"`).catch((error: { code?: string }) => {
      // Two processes may race to create it; the loser's duplicate error is harmless.
      if (error.code !== "42P04" && error.code !== "23505") throw error;
    });
  });
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`Bad database name: ${database}`);
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}

/** CREATE DATABASE … TEMPLATE, retried while a concurrent copy holds the template. */
export async function cloneDatabase(adminUrl: string, template: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database) || !SAFE_NAME.test(template)) throw new Error("Bad database name");
  await withClient(adminUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        // 55006: the template is being accessed by another session.
        if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }
  });
}
