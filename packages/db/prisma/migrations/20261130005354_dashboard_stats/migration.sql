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
    "counted" BOOLEAN NOT NULL DEFAULT false,
    "previousByActorAt" TIMESTAMP(3),

    CONSTRAINT "StepStay_pkey" PRIMARY KEY ("applicationId","stepNo","visit")
);

-- CreateTable
CREATE TABLE "StayMonth" (
    "officeId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "stepNo" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "actorId" TEXT NOT NULL,
    "workingMinutes" INTEGER NOT NULL,
    "stays" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,

    CONSTRAINT "StayMonth_pkey" PRIMARY KEY ("officeId","month","permitTypeId","stepNo","actorId","workingMinutes")
);

-- CreateTable
CREATE TABLE "ActorFileMonth" (
    "officeId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "previousDay" TEXT NOT NULL,
    "stays" INTEGER NOT NULL,

    CONSTRAINT "ActorFileMonth_pkey" PRIMARY KEY ("officeId","month","permitTypeId","actorId","previousDay")
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
CREATE INDEX "StepStay_officeId_endedBy_finishedAt_idx" ON "StepStay"("officeId", "endedBy", "finishedAt");

-- CreateIndex
CREATE INDEX "FileSummary_officeId_submittedAt_idx" ON "FileSummary"("officeId", "submittedAt");

-- CreateIndex
CREATE INDEX "FileSummary_officeId_closedAt_idx" ON "FileSummary"("officeId", "closedAt");

-- AddForeignKey
ALTER TABLE "StepStay" ADD CONSTRAINT "StepStay_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileSummary" ADD CONSTRAINT "FileSummary_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
