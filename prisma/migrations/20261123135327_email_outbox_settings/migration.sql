-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "emailSettings" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "batchKey" TEXT;
