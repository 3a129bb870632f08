-- CreateTable
CREATE TABLE "CardTokenUse" (
    "jti" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardTokenUse_pkey" PRIMARY KEY ("jti")
);

-- CreateIndex
CREATE INDEX "CardTokenUse_usedAt_idx" ON "CardTokenUse"("usedAt");
