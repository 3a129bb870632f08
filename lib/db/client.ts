// The one connection pool of the app and the one PrismaClient on top of it (pg driver
// adapter). Pages and actions use Prisma; the loyalty engine's transactions use the same pool
// through lib/db/sql.ts, because its hot path cannot afford Prisma's per-query overhead (see
// bench/ledger.ts). Cached on globalThis so dev hot reloads don't open a new pool each time.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env.js";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClients() {
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 20 });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next checkout.
  pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
  const db = new PrismaClient({
    adapter: new PrismaPg(pool),
    omit: { user: { passwordHash: true }, apiKey: { hash: true } },
  });
  return { pool, db };
}

const globalForDb = globalThis as unknown as { suki?: ReturnType<typeof createClients> };
const clients = globalForDb.suki ?? createClients();
// Only dev hot reloads need the cache; tests give each file its own database and client.
if (env.NODE_ENV === "development") globalForDb.suki = clients;

export const db = clients.db;
export const pool = clients.pool;

export type Db = typeof db;
