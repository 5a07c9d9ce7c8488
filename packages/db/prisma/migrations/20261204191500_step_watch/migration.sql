-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "digestTime" TEXT NOT NULL DEFAULT '07:30';

-- DropForeignKey
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_recipientId_fkey";

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "recipientId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "StepWatch" (
    "applicationId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "stepStartedAt" TIMESTAMP(3) NOT NULL,
    "stage" INTEGER NOT NULL,
    "nextAt" TIMESTAMP(3),
    "escalatedTo" "Role"[] DEFAULT ARRAY[]::"Role"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StepWatch_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE INDEX "StepWatch_officeId_nextAt_idx" ON "StepWatch"("officeId", "nextAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepWatch" ADD CONSTRAINT "StepWatch_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
