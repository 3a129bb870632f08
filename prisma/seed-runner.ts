// Writes the demo data of DESIGN.md §8 (prisma/seed/*) into a database. Used by `npm run dev`
// on an empty database (seedIfEmpty) and by `npm run db:seed` (seedDemo). Runs under tsx and
// Vitest, outside Next: relative imports only, nothing server-only, no lib/env.js.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import { ensureDemoApiKey, ensureDemoUsers, repairDemoAccess, type DemoUserIds } from "./seed/demo-accounts";
import { DEMO_ACCOUNTS, DEMO_BUSINESSES } from "./seed/demo-businesses";
import { createRng } from "./seed/random";
import type { BusinessRows } from "./seed/rows";
import { simulateBusiness } from "./seed/simulate";

// Rows per INSERT: the widest table (LedgerEntry, 14 columns) stays far under PostgreSQL's
// 65,535 bind parameters.
const CHUNK = 2000;
// Taken by the seeding transaction so two launchers starting at once do not both seed.
const SEED_LOCK = 0x73756b69;

type Client = InstanceType<typeof PrismaClient>;
type Tx = Prisma.TransactionClient;

/** Seeds the demo only when there is no business at all. Returns whether it seeded. */
export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  return withClient(databaseUrl, async (db) => {
    if ((await db.business.count()) > 0) return false;
    return seed(db);
  });
}

/**
 * Seeds the demo unless Kapé Suki exists; either way makes sure the demo accounts, their
 * passwords and roles, and the demo API key are in place.
 */
export async function seedDemo(databaseUrl: string): Promise<{ created: boolean }> {
  return withClient(databaseUrl, async (db) => ({ created: await seed(db) }));
}

async function withClient<T>(databaseUrl: string, run: (db: Client) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await run(db);
  } finally {
    await db.$disconnect();
  }
}

async function seed(db: Client): Promise<boolean> {
  const now = new Date();
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
      const ids = await ensureDemoUsers(tx, now);
      const existing = await tx.business.findMany({
        where: { slug: { in: DEMO_BUSINESSES.map((config) => config.business.slug) } },
        select: { slug: true },
      });
      if (existing.some((row) => row.slug === "kape-suki")) {
        await repairDemoAccess(tx, ids, now);
        return false;
      }
      if (existing.length > 0) {
        throw new Error(`Business "${existing[0]?.slug}" exists without kape-suki: reset the database to reseed the demo.`);
      }
      for (const config of DEMO_BUSINESSES) {
        const rows = remapDemoUsers(simulateBusiness(config, createRng(config.seed), now), ids);
        await insertBusiness(tx, rows);
        if (rows.business.slug === "kape-suki") await ensureDemoApiKey(tx, rows.business.id, ids.owner);
      }
      return true;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

async function insertBusiness(tx: Tx, rows: BusinessRows): Promise<void> {
  await tx.business.create({ data: rows.business });
  await tx.program.create({ data: rows.program });
  await tx.tier.createMany({ data: rows.tiers });
  await tx.reward.createMany({ data: rows.rewards });
  await tx.punchCard.create({ data: rows.punchCard });
  await tx.staffRole.createMany({ data: rows.staffRoles });
  await inChunks(rows.users, (data) => tx.user.createMany({ data }));
  // Referrers joined earlier, so each chunk only points at members already written.
  await inChunks(rows.members, (data) => tx.member.createMany({ data }));
  await inChunks(rows.purchases, (data) => tx.purchase.createMany({ data }));
  await inChunks(rows.refunds, (data) => tx.refund.createMany({ data }));
  await inChunks(rows.redemptions, (data) => tx.redemption.createMany({ data }));
  // Chronological, so an entry that reverses another comes after it.
  await inChunks(rows.ledger, (data) => tx.ledgerEntry.createMany({ data }));
  await inChunks(rows.allocations, (data) => tx.ledgerAllocation.createMany({ data }));
  // What is left of each lot (the cache lib/loyalty keeps beside the append-only ledger).
  await tx.$executeRaw`
    INSERT INTO "LedgerLot" ("entryId", "businessId", "memberId", remaining, "expiresAt", "availableAt", "purchaseId", "createdAt")
    SELECT l.id, l."businessId", l."memberId", l.points - COALESCE(used.points, 0)::int, l."lotExpiresAt", l."availableAt", l."purchaseId", l."createdAt"
    FROM "LedgerEntry" l
    LEFT JOIN (SELECT "lotId", SUM(points) AS points FROM "LedgerAllocation" WHERE "businessId" = ${rows.business.id} GROUP BY "lotId") used ON used."lotId" = l.id
    WHERE l."businessId" = ${rows.business.id} AND l.points > 0`;
  await inChunks(rows.memberPunchCards, (data) => tx.memberPunchCard.createMany({ data }));
  await inChunks(rows.tierChanges, (data) => tx.tierChange.createMany({ data }));
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

/** The demo users keep their ids when they already existed under another id. */
function remapDemoUsers(rows: BusinessRows, ids: DemoUserIds): BusinessRows {
  const map = new Map<string, string>();
  for (const [key, account] of Object.entries(DEMO_ACCOUNTS)) {
    const actual = ids[key as keyof DemoUserIds];
    if (actual !== account.id) map.set(account.id, actual);
  }
  if (map.size === 0) return rows;
  const swap = <T extends string | null>(id: T): T => (id !== null && map.has(id) ? (map.get(id) as T) : id);
  return {
    ...rows,
    staffRoles: rows.staffRoles.map((row) => ({ ...row, userId: swap(row.userId) })),
    members: rows.members.map((row) => ({ ...row, userId: swap(row.userId) })),
    purchases: rows.purchases.map((row) => ({ ...row, staffUserId: swap(row.staffUserId) })),
    refunds: rows.refunds.map((row) => ({ ...row, actorUserId: swap(row.actorUserId) })),
    redemptions: rows.redemptions.map((row) => ({ ...row, usedByUserId: swap(row.usedByUserId) })),
    ledger: rows.ledger.map((row) => ({ ...row, actorUserId: swap(row.actorUserId) })),
  };
}
