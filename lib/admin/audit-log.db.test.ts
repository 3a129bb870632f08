// The audit log page's reads and its CSV export: keyset pages with no row lost or repeated,
// filters, actors by name, formula-safe cells, and the export for owners only.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("@/test/auth-stub"));
vi.mock("next/cache", () => import("@/test/next-cache-stub"));
import Papa from "papaparse";
import { GET as exportAudit } from "@/app/(admin)/admin/[slug]/audit/export/route";
import { auditFilterOptions, listAuditLog } from "@/lib/admin/audit-log";
import { db } from "@/lib/db/client";
import { actAs } from "@/test/auth-stub";
import { createOwnerWorld, type OwnerWorld } from "@/test/owner-world";

let world: OwnerWorld;
let keyId: string;
const base = new Date("2030-05-01T04:00:00.000Z");

beforeAll(async () => {
  world = await createOwnerWorld();
  const kape = world.kape.business.id;
  keyId = (await db.apiKey.create({ data: { businessId: kape, name: "Front till", hash: `h-${kape}`, prefix: "sk_x", scopes: [] } })).id;
  // 120 entries; many share a timestamp, so the keyset must break ties by id.
  await db.auditLog.createMany({
    data: Array.from({ length: 120 }, (_, index) => ({
      businessId: kape,
      actorUserId: index % 3 === 2 ? null : index % 3 === 0 ? world.kapeOwner.id : world.staff.id,
      actorApiKeyId: index % 3 === 2 ? keyId : null,
      action: index % 2 === 0 ? "program.update" : "points.adjust",
      entityType: index % 2 === 0 ? "Program" : "Member",
      entityId: `entity-${index}`,
      before: { earnPoints: index },
      after: { earnPoints: index + 1, note: index === 7 ? "=HYPERLINK(\"http://evil\")" : "fine" },
      at: new Date(base.getTime() + Math.floor(index / 7) * 60_000),
    })),
  });
  await db.auditLog.create({ data: { businessId: world.dor.business.id, actorUserId: world.dorOwner.id, action: "program.update", entityType: "Program", at: base } });
});

async function allPages(filters: { action?: string; actor?: string } = {}) {
  const seen: string[] = [];
  let cursor = null;
  let pages = 0;
  do {
    const page: Awaited<ReturnType<typeof listAuditLog>> = await listAuditLog({ businessId: world.kape.business.id, filters, cursor, limit: 25 });
    seen.push(...page.rows.map((row) => row.id));
    for (let index = 1; index < page.rows.length; index++) expect(page.rows[index - 1]!.at >= page.rows[index]!.at).toBe(true);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { seen, pages };
}

describe("the audit log", () => {
  it("pages newest first through every entry exactly once, only the business's own", async () => {
    const { seen, pages } = await allPages();
    expect(pages).toBe(5);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    const first = await listAuditLog({ businessId: world.kape.business.id, limit: 1 });
    expect(first.rows[0]!.at.toISOString()).toBe(new Date(base.getTime() + 17 * 60_000).toISOString());
  });

  it("filters by action and by actor, and names the actors", async () => {
    expect((await allPages({ action: "points.adjust" })).seen).toHaveLength(60);
    expect((await allPages({ actor: `user:${world.kapeOwner.id}` })).seen).toHaveLength(40);
    expect((await allPages({ actor: `key:${keyId}` })).seen).toHaveLength(40);
    expect((await allPages({ actor: "system" })).seen).toHaveLength(0);
    expect((await allPages({ actor: `user:${world.dorOwner.id}` })).seen).toHaveLength(0);

    const options = await auditFilterOptions(world.kape.business.id);
    expect(options.actions).toEqual(["points.adjust", "program.update"]);
    expect(options.actors.map((actor) => [actor.value, actor.name])).toEqual([
      [`key:${keyId}`, "Front till"],
      [`user:${world.staff.id}`, "Jun Staff"],
      [`user:${world.kapeOwner.id}`, "Liza Owner"],
    ]);
  });
});

const request = (slug: string, query = "") => exportAudit(new Request(`http://localhost/admin/${slug}/audit/export${query}`), { params: Promise.resolve({ slug }) });

describe("the CSV export", () => {
  it("streams the filtered rows with formula cells neutralised", async () => {
    actAs(world.kapeOwner.id);
    const response = await request(world.kape.business.slug, `?action=program.update&actor=user:${world.kapeOwner.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="audit-cafe-[0-9a-f]+-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    // Every sixth entry: an even index (program.update) made by the owner (index % 3 === 0).
    expect(parsed.data).toHaveLength(20);
    expect(new Set(parsed.data.map((row) => row.action))).toEqual(new Set(["program.update"]));
    expect(parsed.data[0]).toMatchObject({ actor_type: "user", actor_name: "Liza Owner", actor_email: world.kapeOwner.email, entity_type: "Program" });
    expect(parsed.data.at(-1)!.at_local).toBe("2030-05-01 12:00:00");

    const all = Papa.parse<Record<string, string>>((await (await request(world.kape.business.slug)).text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(all.data).toHaveLength(120);
    const injected = all.data.find((row) => row.entity_id === "entity-7")!;
    // The JSON cell starts with "{", so it is harmless as it is; a bare formula gets the apostrophe.
    expect(injected.after!).toContain("=HYPERLINK");
    expect(injected.after!.startsWith("{")).toBe(true);
  });

  it("answers 404 to the other shop's owner and to staff, 401 to nobody", async () => {
    for (const person of [world.dorOwner.id, world.staff.id, world.stranger.id]) {
      actAs(person);
      const response = await request(world.kape.business.slug);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("program.update");
    }
    actAs(null);
    expect((await request(world.kape.business.slug)).status).toBe(401);
  });

  it("prefixes cells a spreadsheet would run as formulas", async () => {
    await db.auditLog.create({
      data: { businessId: world.dor.business.id, actorUserId: world.dorOwner.id, action: "=cmd|' /C calc'!A0", entityType: "+Member", entityId: "@SUM(A1)", at: base },
    });
    actAs(world.dorOwner.id);
    const text = await (await request(world.dor.business.slug, "?action=%3Dcmd%7C'%20%2FC%20calc'!A0")).text();
    const [row] = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(row).toMatchObject({ action: "'=cmd|' /C calc'!A0", entity_type: "'+Member", entity_id: "'@SUM(A1)" });
  });
});
