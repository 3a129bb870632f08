-- CreateEnum
CREATE TYPE "RedemptionSource" AS ENUM ('POINTS', 'PUNCH_CARD', 'CASHBACK', 'GIFT');

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "qualifyingCategories" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "paidMemberSince" TIMESTAMP(3),
ADD COLUMN     "tierGraceUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Purchase" ADD COLUMN     "pointsPaidMinor" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Redemption" ADD COLUMN     "source" "RedemptionSource" NOT NULL DEFAULT 'POINTS',
ADD COLUMN     "valueMinor" INTEGER,
ALTER COLUMN "rewardId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Promotion" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "multiplierBp" INTEGER NOT NULL DEFAULT 10000,
    "bonusPoints" INTEGER NOT NULL DEFAULT 0,
    "daysOfWeek" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "startMinute" INTEGER,
    "endMinute" INTEGER,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "category" TEXT,
    "minSpendMinor" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Promotion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoyaltyAction" (
    "id" TEXT NOT NULL,
    "businessId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "maxPerMember" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoyaltyAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "businessId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("businessId","key")
);

-- CreateIndex
CREATE INDEX "Promotion_businessId_active_idx" ON "Promotion"("businessId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "LoyaltyAction_businessId_key_key" ON "LoyaltyAction"("businessId", "key");

-- AddForeignKey
ALTER TABLE "Promotion" ADD CONSTRAINT "Promotion_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoyaltyAction" ADD CONSTRAINT "LoyaltyAction_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written rules (see 20261123130000_constraints).
ALTER TABLE "Purchase"
  ADD CONSTRAINT "Purchase_points_paid_within_amount" CHECK ("pointsPaidMinor" >= 0 AND "pointsPaidMinor" <= "amountMinor");

ALTER TABLE "Promotion"
  ADD CONSTRAINT "Promotion_multiplier" CHECK ("multiplierBp" BETWEEN 0 AND 100000 AND "bonusPoints" >= 0 AND "minSpendMinor" >= 0),
  ADD CONSTRAINT "Promotion_minutes" CHECK (
    ("startMinute" IS NULL AND "endMinute" IS NULL)
    OR ("startMinute" BETWEEN 0 AND 1439 AND "endMinute" BETWEEN 1 AND 1440 AND "startMinute" < "endMinute")),
  ADD CONSTRAINT "Promotion_days" CHECK ("daysOfWeek" <@ ARRAY[0, 1, 2, 3, 4, 5, 6]),
  ADD CONSTRAINT "Promotion_window" CHECK ("startsAt" IS NULL OR "endsAt" IS NULL OR "startsAt" < "endsAt");

ALTER TABLE "LoyaltyAction"
  ADD CONSTRAINT "LoyaltyAction_points_positive" CHECK ("points" > 0 AND ("maxPerMember" IS NULL OR "maxPerMember" > 0)),
  ADD CONSTRAINT "LoyaltyAction_key_format" CHECK ("key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

ALTER TABLE "Redemption"
  ADD CONSTRAINT "Redemption_reward_or_value" CHECK (
    ("source" = 'CASHBACK' AND "rewardId" IS NULL AND "valueMinor" > 0)
    OR ("source" <> 'CASHBACK' AND "rewardId" IS NOT NULL));
