-- CreateTable
CREATE TABLE "LedgerLot" (
    "entryId" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "remaining" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "availableAt" TIMESTAMP(3),
    "purchaseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LedgerLot_pkey" PRIMARY KEY ("entryId")
);

-- CreateIndex
CREATE INDEX "LedgerLot_memberId_remaining_idx" ON "LedgerLot"("memberId", "remaining");

-- AddForeignKey
ALTER TABLE "LedgerLot" ADD CONSTRAINT "LedgerLot_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LedgerEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a lot can be used up, never overdrawn.
ALTER TABLE "LedgerLot" ADD CONSTRAINT "LedgerLot_remaining_not_negative" CHECK ("remaining" >= 0);

-- Backfill the lots of ledgers written before this table existed.
INSERT INTO "LedgerLot" ("entryId", "businessId", "memberId", remaining, "expiresAt", "availableAt", "purchaseId", "createdAt")
SELECT l.id, l."businessId", l."memberId", l.points - COALESCE((SELECT SUM(a.points) FROM "LedgerAllocation" a WHERE a."lotId" = l.id), 0)::int,
       l."lotExpiresAt", l."availableAt", l."purchaseId", l."createdAt"
FROM "LedgerEntry" l
WHERE l.points > 0;
