-- CreateIndex
CREATE INDEX "Purchase_businessId_memberId_occurredAt_idx" ON "Purchase"("businessId", "memberId", "occurredAt", "amountMinor", "refundedMinor");

-- Hand-written note: owner analytics read each member's sales in a row from this index
-- (lib/analytics/year-query.ts, activity-query.ts); amountMinor and refundedMinor ride along
-- so the reads never touch the table. It costs every purchase one more index entry
-- (README, "Owner analytics").
