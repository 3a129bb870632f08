// The one PrismaClient of the app, on the pg driver adapter. Cached on globalThis so dev
// hot reloads don't open a new pool each time. Secrets are omitted unless a query asks.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env.js";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL }),
    omit: { user: { passwordHash: true }, apiKey: { hash: true } },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

export const db = globalForPrisma.prisma ?? createClient();
// Only dev hot reloads need the cache; tests give each file its own database and client.
if (env.NODE_ENV === "development") globalForPrisma.prisma = db;

export type Db = typeof db;
