-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "stepAtRiskAt" TIMESTAMP(3);
