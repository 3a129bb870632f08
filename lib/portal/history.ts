// The member's ledger, newest first, a page at a time. Keyed by (memberId, createdAt), the
// ledger's own index, so page 1 of a member with 5,000 entries costs what page 1 of 5 does.
import "server-only";
import { db } from "@/lib/db/client";
import type { LedgerKind } from "@/lib/generated/prisma/enums";

export const HISTORY_PAGE_SIZE = 20;

export type HistoryEntry = {
  id: string;
  kind: LedgerKind;
  points: number;
  reason: string | null;
  purchaseId: string | null;
  createdAt: Date;
  lotExpiresAt: Date | null;
  purchase: { amountMinor: number; currency: string } | null;
};

export type HistoryPage = { entries: HistoryEntry[]; page: number; pageCount: number; total: number };

export async function getMemberHistory(input: { businessId: string; memberId: string; page: number }): Promise<HistoryPage> {
  const where = { memberId: input.memberId, businessId: input.businessId };
  const total = await db.ledgerEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(input.page) || 1), pageCount);
  const entries = await db.ledgerEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * HISTORY_PAGE_SIZE,
    take: HISTORY_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      points: true,
      reason: true,
      purchaseId: true,
      createdAt: true,
      lotExpiresAt: true,
      purchase: { select: { amountMinor: true, currency: true } },
    },
  });
  return { entries, page, pageCount, total };
}
