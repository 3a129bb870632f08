-- DropIndex
DROP INDEX "LedgerEntry_businessId_kind_createdAt_idx";

-- DropIndex
DROP INDEX "Purchase_businessId_occurredAt_idx";

-- CreateIndex
CREATE INDEX "Member_businessId_joinedAt_idx" ON "Member"("businessId", "joinedAt");

-- Hand-written: covering indexes for the owner analytics (bench:analytics). They replace the
-- two plain indexes dropped above, so writes keep the same number of indexes there.
CREATE INDEX "Purchase_businessId_occurredAt_sale_idx" ON "Purchase" ("businessId", "occurredAt") INCLUDE ("memberId", "amountMinor", "refundedMinor");
CREATE INDEX "LedgerEntry_businessId_kind_createdAt_points_idx" ON "LedgerEntry" ("businessId", kind, "createdAt") INCLUDE ("memberId", points);
-- Open lots per business: outstanding points and liability.
CREATE INDEX "LedgerLot_businessId_open_idx" ON "LedgerLot" ("businessId", "expiresAt") INCLUDE (remaining) WHERE remaining > 0;
