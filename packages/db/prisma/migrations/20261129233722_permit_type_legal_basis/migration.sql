-- AlterTable
ALTER TABLE "PermitType" ADD COLUMN     "legalBasis" TEXT[] DEFAULT ARRAY[]::TEXT[];
