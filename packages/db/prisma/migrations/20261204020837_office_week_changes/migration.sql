-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "weekChanges" JSONB NOT NULL DEFAULT '[]';
