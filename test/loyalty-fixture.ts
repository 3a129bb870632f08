// A small café of our own for engine tests: 1 point per ₱10, three tiers, a 5-stamp card,
// a few rewards. Each call makes a new business, so tests in one file stay apart.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enrollMember } from "@/lib/loyalty/members";

export async function createTestBusiness(program: Partial<Prisma.ProgramCreateWithoutBusinessInput> = {}) {
  const tag = randomBytes(4).toString("hex");
  const business = await db.business.create({
    data: {
      name: `Café ${tag}`,
      slug: `cafe-${tag}`,
      currency: "PHP",
      timeZone: "Asia/Manila",
      senderName: "Test",
      program: { create: { earnPoints: 1, earnPerMinor: 1000, live: true, ...program } },
      tiers: {
        create: [
          { name: "Suki", rank: 0, threshold: 0, multiplierBp: 10_000 },
          { name: "Silver", rank: 1, threshold: 500_000, multiplierBp: 12_500 },
          { name: "Gold", rank: 2, threshold: 1_500_000, multiplierBp: 15_000 },
        ],
      },
    },
    include: { tiers: { orderBy: { rank: "asc" } } },
  });
  const coffee = await db.reward.create({
    data: { businessId: business.id, kind: "FREE_ITEM", name: "Free coffee", pointsCost: 100, voucherDays: 30 },
  });
  await db.punchCard.create({
    data: { businessId: business.id, name: "Coffee card", stampsRequired: 5, stampRule: "VISIT", rewardId: coffee.id },
  });
  return { business, tiers: business.tiers, coffee };
}

export async function createTestMember(businessId: string, extra: { referralCode?: string; phone?: string } = {}) {
  const user = await db.user.create({ data: { email: `m-${randomBytes(5).toString("hex")}@test.local` } });
  const { memberId } = await enrollMember({ businessId, userId: user.id, ...extra });
  return { memberId, userId: user.id };
}

let receipt = 0;
export function nextReceipt(): string {
  receipt += 1;
  return `r-${process.pid}-${Date.now()}-${receipt}`;
}

/** DESIGN.md §4 checks over every member of the database. Returns the violations found. */
export async function ledgerViolations() {
  const balance = await db.$queryRaw<{ id: string }[]>`
    SELECT m.id FROM "Member" m LEFT JOIN "LedgerEntry" l ON l."memberId" = m.id
    GROUP BY m.id, m.balance HAVING m.balance <> COALESCE(SUM(l.points), 0)`;
  const overdrawnLots = await db.$queryRaw<{ id: string }[]>`
    SELECT l.id FROM "LedgerEntry" l JOIN "LedgerAllocation" a ON a."lotId" = l.id
    GROUP BY l.id, l.points HAVING SUM(a.points) > l.points`;
  const overAllocatedDebits = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "LedgerEntry" d JOIN "LedgerAllocation" a ON a."debitId" = d.id
    GROUP BY d.id, d.points HAVING SUM(a.points) > -d.points`;
  // A debit may be left partly uncovered only by a refund reversal (the balance is then negative).
  const uncoveredNonReversals = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "LedgerEntry" d LEFT JOIN "LedgerAllocation" a ON a."debitId" = d.id
    WHERE d.points < 0 AND d.kind <> 'REVERSAL'
    GROUP BY d.id, d.points HAVING COALESCE(SUM(a.points), 0) < -d.points`;
  // The LedgerLot cache agrees with the ledger: every credit has a lot holding exactly its rest.
  const lotCache = await db.$queryRaw<{ id: string }[]>`
    SELECT l.id FROM "LedgerEntry" l LEFT JOIN "LedgerLot" c ON c."entryId" = l.id
    WHERE l.points > 0
      AND (c."entryId" IS NULL OR c.remaining <> l.points - COALESCE((SELECT SUM(a.points) FROM "LedgerAllocation" a WHERE a."lotId" = l.id), 0))`;
  return { balance, overdrawnLots, overAllocatedDebits, uncoveredNonReversals, lotCache };
}

export const NO_VIOLATIONS = { balance: [], overdrawnLots: [], overAllocatedDebits: [], uncoveredNonReversals: [], lotCache: [] };
