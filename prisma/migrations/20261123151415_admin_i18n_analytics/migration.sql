-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('VALIDATING', 'READY', 'IMPORTING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "emailCostPerThousandMinor" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "programCostMonthlyMinor" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "MemberNote" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "authorUserId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RewardImage" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RewardImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "createdById" TEXT,
    "fileName" TEXT NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'VALIDATING',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemberNote_businessId_memberId_createdAt_idx" ON "MemberNote"("businessId", "memberId", "createdAt");

-- CreateIndex
CREATE INDEX "RewardImage_businessId_idx" ON "RewardImage"("businessId");

-- CreateIndex
CREATE INDEX "ImportJob_businessId_createdAt_idx" ON "ImportJob"("businessId", "createdAt");

-- AddForeignKey
ALTER TABLE "MemberNote" ADD CONSTRAINT "MemberNote_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberNote" ADD CONSTRAINT "MemberNote_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RewardImage" ADD CONSTRAINT "RewardImage_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma's schema language cannot express these) ------------------------------
ALTER TABLE "User" ADD CONSTRAINT "User_locale_check" CHECK ("locale" IS NULL OR "locale" IN ('en', 'fil', 'ro', 'az'));
ALTER TABLE "Program" ADD CONSTRAINT "Program_roi_costs_check" CHECK ("programCostMonthlyMinor" >= 0 AND "emailCostPerThousandMinor" >= 0);
ALTER TABLE "MemberNote" ADD CONSTRAINT "MemberNote_body_check" CHECK (char_length("body") BETWEEN 1 AND 2000);
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_rows_check" CHECK ("totalRows" >= 0 AND "processedRows" BETWEEN 0 AND "totalRows");

-- Members table search (admin, 100,000 members): substring matches on name and email.
-- pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Member_displayName_trgm_idx" ON "Member" USING gin (lower("displayName") gin_trgm_ops);
CREATE INDEX "User_email_trgm_idx" ON "User" USING gin (lower("email") gin_trgm_ops);
