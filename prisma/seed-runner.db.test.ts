// The demo data of DESIGN.md §8 as it lands in a real database: the contract's names and
// accounts, the ledger invariants, and a second run that changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { hashApiKey } from "@/lib/api/api-key-hash";
import { checkPassword } from "@/lib/auth/password-sign-in";
import { db } from "@/lib/db/client";
import { ledgerViolations, NO_VIOLATIONS } from "@/test/loyalty-fixture";
import { seedDemo, seedIfEmpty } from "./seed-runner";

const url = () => process.env.DATABASE_URL!;
let firstRun: boolean;

beforeAll(async () => {
  firstRun = await seedIfEmpty(url());
}, 120_000);

describe("the demo seed", () => {
  it("creates both businesses exactly as the contract names them", async () => {
    expect(firstRun).toBe(true);
    const businesses = await db.business.findMany({ orderBy: { slug: "asc" }, select: { name: true, slug: true, currency: true, timeZone: true } });
    expect(businesses).toEqual([
      { name: "Kapé Suki", slug: "kape-suki", currency: "PHP", timeZone: "Asia/Manila" },
      { name: "Librăria Dor", slug: "libraria-dor", currency: "RON", timeZone: "Europe/Bucharest" },
    ]);
    const kape = await db.business.findUniqueOrThrow({
      where: { slug: "kape-suki" },
      include: { program: true, tiers: { orderBy: { rank: "asc" } }, punchCards: true, rewards: true },
    });
    expect(kape.program).toMatchObject({ earnPoints: 1, earnPerMinor: 1000, visitDiscountBaseBp: 500, visitDiscountStepBp: 100, visitDiscountCapBp: 1500 });
    expect(kape.tiers.map((tier) => tier.name)).toEqual(["Suki", "Silver Suki", "Gold Suki"]);
    expect(kape.punchCards[0]).toMatchObject({ stampsRequired: 10 });
    expect(kape.rewards).toHaveLength(8);
    expect(new Set(kape.rewards.map((reward) => reward.kind))).toEqual(
      new Set(["DISCOUNT", "FREE_ITEM", "UPGRADE", "DONATION", "PARTNER", "EVENT"]),
    );
  });

  it("gives each business about 200 members with a year of history", async () => {
    for (const slug of ["kape-suki", "libraria-dor"]) {
      const members = await db.member.count({ where: { business: { slug } } });
      expect(members).toBeGreaterThanOrEqual(180);
      expect(members).toBeLessThanOrEqual(220);
      const oldest = await db.purchase.findFirst({ where: { business: { slug } }, orderBy: { occurredAt: "asc" } });
      expect(Date.now() - oldest!.occurredAt.getTime()).toBeGreaterThan(330 * 24 * 3600 * 1000);
      for (const kind of ["EARN", "REDEEM", "REVERSAL"] as const) {
        expect(await db.ledgerEntry.count({ where: { business: { slug }, kind } })).toBeGreaterThan(0);
      }
    }
  });

  it("keeps every cached balance equal to the sum of its ledger", async () => {
    const mismatches = await db.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM "Member" m
      LEFT JOIN "LedgerEntry" l ON l."memberId" = m.id
      GROUP BY m.id, m.balance
      HAVING m.balance <> COALESCE(SUM(l.points), 0)`;
    expect(mismatches).toEqual([]);
  });

  it("never lets a debit consume more than a lot holds", async () => {
    const overdrawn = await db.$queryRaw<{ id: string }[]>`
      SELECT l.id FROM "LedgerEntry" l JOIN "LedgerAllocation" a ON a."lotId" = l.id
      GROUP BY l.id, l.points HAVING SUM(a.points) > l.points`;
    expect(overdrawn).toEqual([]);
  });

  it("satisfies every ledger invariant, the lot cache included", async () => {
    expect(await ledgerViolations()).toEqual(NO_VIOLATIONS);
  });

  it("lets the demo accounts sign in with their roles", async () => {
    for (const [email, password] of [
      ["owner@demo.suki.test", "suki-owner-demo"],
      ["staff@demo.suki.test", "suki-staff-demo"],
      ["maria@demo.suki.test", "suki-member-demo"],
    ]) {
      expect((await checkPassword(email!, password!, "127.0.0.1")).status).toBe("ok");
    }
    const roles = await db.staffRole.findMany({ select: { role: true, user: { select: { email: true } }, business: { select: { slug: true } } } });
    expect(roles.map((r) => `${r.user.email} ${r.role} ${r.business.slug}`).sort()).toEqual([
      "owner@demo.suki.test OWNER kape-suki",
      "owner@demo.suki.test OWNER libraria-dor",
      "staff@demo.suki.test STAFF kape-suki",
    ]);
    const maria = await db.member.findMany({ where: { user: { email: "maria@demo.suki.test" } }, select: { business: { select: { slug: true } } } });
    expect(maria.map((m) => m.business.slug).sort()).toEqual(["kape-suki", "libraria-dor"]);
  });

  it("stores the demo API key only as its hash", async () => {
    const key = await db.apiKey.findUniqueOrThrow({
      where: { hash: hashApiKey("sk_demo_kape_suki_0123456789") },
      select: { business: { select: { slug: true } }, prefix: true, hash: true },
    });
    expect(key.business.slug).toBe("kape-suki");
    expect(key.hash).not.toContain("0123456789");
  });

  it("changes nothing when run again", async () => {
    const count = () => Promise.all([db.member.count(), db.ledgerEntry.count(), db.purchase.count(), db.user.count()]);
    const before = await count();
    expect(await seedIfEmpty(url())).toBe(false);
    expect(await seedDemo(url())).toEqual({ created: false });
    expect(await count()).toEqual(before);
  });
});
