// Readiness: the database answers and every migration shipped with this build is applied
// (`_prisma_migrations`, written by `npm run db:migrate` / `npm start` exactly as Prisma's
// `migrate deploy` does). A load balancer sends traffic only to instances that say so.
import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pool } from "@/lib/db/client";

export type Readiness =
  | { ready: true; migrations: { applied: number } }
  | { ready: false; reason: "database_unreachable" | "migrations_pending"; pending?: string[] };

let shipped: Promise<string[]> | undefined;

/** Migration folders of this checkout, read once per process. */
function shippedMigrations(): Promise<string[]> {
  shipped ??= readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }).then((entries) =>
    entries.filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name)).map((entry) => entry.name),
  );
  return shipped;
}

export async function checkReadiness(timeoutMs = 2_000): Promise<Readiness> {
  let applied: string[];
  try {
    const query = pool.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("readiness query timed out")), timeoutMs).unref());
    applied = (await Promise.race([query, timeout])).rows.map((row) => row.name);
  } catch {
    return { ready: false, reason: "database_unreachable" };
  }
  const done = new Set(applied);
  const pending = (await shippedMigrations()).filter((name) => !done.has(name));
  if (pending.length > 0) return { ready: false, reason: "migrations_pending", pending };
  return { ready: true, migrations: { applied: done.size } };
}
