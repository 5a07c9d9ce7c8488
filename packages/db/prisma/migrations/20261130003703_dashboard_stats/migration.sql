-- CreateTable
CREATE TABLE "StepStay" (
    "applicationId" TEXT NOT NULL,
    "stepNo" INTEGER NOT NULL,
    "visit" INTEGER NOT NULL,
    "officeId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "applicantTime" BOOLEAN NOT NULL,
    "officeTime" BOOLEAN NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "endedBy" TEXT,
    "actorId" TEXT,
    "actorRole" "Role",
    "standardMinutes" INTEGER NOT NULL,
    "workingMinutes" INTEGER,
    "onTime" BOOLEAN,
    "reasons" TEXT[],

    CONSTRAINT "StepStay_pkey" PRIMARY KEY ("applicationId","stepNo","visit")
);

-- CreateTable
CREATE TABLE "FileSummary" (
    "applicationId" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "outcome" "ApplicationStatus",
    "officeMinutes" INTEGER,
    "officeStandardMinutes" INTEGER,
    "withinStandard" BOOLEAN,
    "returnCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FileSummary_pkey" PRIMARY KEY ("applicationId")
);

-- CreateIndex
CREATE INDEX "StepStay_officeId_finishedAt_idx" ON "StepStay"("officeId", "finishedAt");

-- CreateIndex
CREATE INDEX "StepStay_officeId_actorId_finishedAt_idx" ON "StepStay"("officeId", "actorId", "finishedAt");

-- CreateIndex
CREATE INDEX "FileSummary_officeId_submittedAt_idx" ON "FileSummary"("officeId", "submittedAt");

-- CreateIndex
CREATE INDEX "FileSummary_officeId_closedAt_idx" ON "FileSummary"("officeId", "closedAt");

-- AddForeignKey
ALTER TABLE "StepStay" ADD CONSTRAINT "StepStay_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileSummary" ADD CONSTRAINT "FileSummary_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
