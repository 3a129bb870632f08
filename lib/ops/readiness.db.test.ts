// /api/ready: ready on a migrated database, not ready (503, naming them) while a shipped
// migration is missing.
import { describe, expect, it } from "vitest";
import { GET as ready } from "@/app/api/ready/route";
import { pool } from "@/lib/db/client";

describe("GET /api/ready", () => {
  it("answers 200 when every migration is applied, 503 naming the one that is not", async () => {
    const fine = await ready(new Request("http://localhost/api/ready"));
    expect(fine.status).toBe(200);
    const body = (await fine.json()) as { status: string; migrations: { applied: number } };
    expect(body.status).toBe("ready");
    expect(body.migrations.applied).toBeGreaterThan(3);

    const { rows } = await pool.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`);
    await pool.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [rows[0]!.name]);
    const pending = await ready(new Request("http://localhost/api/ready"));
    expect(pending.status).toBe(503);
    expect(await pending.json()).toEqual({ status: "unready", reason: "migrations_pending", pending: [rows[0]!.name] });
  });
});
