-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "specialHours" JSONB NOT NULL DEFAULT '[]';
