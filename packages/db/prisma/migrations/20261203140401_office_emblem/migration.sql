-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "emblemKey" TEXT,
ADD COLUMN     "emblemMimeType" TEXT;
