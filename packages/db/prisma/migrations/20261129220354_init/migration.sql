-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PEMOHON', 'FRONT_OFFICE', 'KASUBBAG_UMUM', 'BACK_OFFICE', 'TIM_TEKNIS', 'KABID_PELAYANAN', 'SEKRETARIS', 'KADIS', 'ADMIN', 'AUDITOR');

-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('APPLICANT', 'STAFF');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'IN_PROGRESS', 'RETURNED', 'ISSUED', 'REJECTED', 'WITHDRAWN', 'REVOKED');

-- CreateEnum
CREATE TYPE "AgendaBookKind" AS ENUM ('PERMIT', 'OUTGOING_LETTER');

-- CreateTable
CREATE TABLE "Office" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "regency" TEXT NOT NULL,
    "governmentName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "complaintChannel" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Jakarta',
    "workingWeek" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "kind" "UserKind" NOT NULL,
    "officeId" TEXT,
    "name" TEXT NOT NULL,
    "username" TEXT,
    "nip" TEXT,
    "jobTitle" TEXT,
    "email" TEXT,
    "nik" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRole" (
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("userId","role")
);

-- CreateTable
CREATE TABLE "PermitType" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "feeRupiah" INTEGER NOT NULL DEFAULT 0,
    "registrationPrefix" TEXT NOT NULL DEFAULT 'IZN',
    "validityRule" TEXT NOT NULL DEFAULT 'FOLLOW_STR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PermitType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "maxBytes" INTEGER NOT NULL DEFAULT 5242880,
    "mimeTypes" TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SopVersion" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "SopVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaBook" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "kind" "AgendaBookKind" NOT NULL,
    "permitTypeId" TEXT,
    "name" TEXT NOT NULL,
    "format" TEXT NOT NULL,

    CONSTRAINT "AgendaBook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaCounter" (
    "bookId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgendaCounter_pkey" PRIMARY KEY ("bookId","year")
);

-- CreateTable
CREATE TABLE "AgendaEntry" (
    "id" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "applicationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "sopVersionId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "registrationNumber" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "currentStep" INTEGER NOT NULL,
    "stepStartedAt" TIMESTAMP(3) NOT NULL,
    "stepDueAt" TIMESTAMP(3),
    "state" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "form" JSONB NOT NULL,
    "intakeById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileEvent" (
    "id" BIGSERIAL NOT NULL,
    "officeId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorRole" "Role" NOT NULL,
    "onBehalfOf" "Role",
    "action" TEXT NOT NULL,
    "fromStep" INTEGER NOT NULL,
    "toStep" INTEGER,
    "fromStatus" "ApplicationStatus" NOT NULL,
    "toStatus" "ApplicationStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "reasons" TEXT[],
    "data" JSONB,
    "ipAddress" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "FileEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_nip_key" ON "User"("nip");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_nik_key" ON "User"("nik");

-- CreateIndex
CREATE INDEX "User_officeId_idx" ON "User"("officeId");

-- CreateIndex
CREATE INDEX "UserRole_role_idx" ON "UserRole"("role");

-- CreateIndex
CREATE UNIQUE INDEX "PermitType_officeId_code_key" ON "PermitType"("officeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_permitTypeId_code_key" ON "Requirement"("permitTypeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "SopVersion_permitTypeId_version_key" ON "SopVersion"("permitTypeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_officeId_date_key" ON "Holiday"("officeId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaBook_officeId_kind_permitTypeId_key" ON "AgendaBook"("officeId", "kind", "permitTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaEntry_bookId_year_seq_key" ON "AgendaEntry"("bookId", "year", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaEntry_bookId_number_key" ON "AgendaEntry"("bookId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Application_registrationNumber_key" ON "Application"("registrationNumber");

-- CreateIndex
CREATE INDEX "Application_officeId_status_currentStep_idx" ON "Application"("officeId", "status", "currentStep");

-- CreateIndex
CREATE INDEX "Application_applicantId_idx" ON "Application"("applicantId");

-- CreateIndex
CREATE INDEX "Application_stepDueAt_idx" ON "Application"("stepDueAt");

-- CreateIndex
CREATE INDEX "Document_applicationId_requirementId_idx" ON "Document"("applicationId", "requirementId");

-- CreateIndex
CREATE INDEX "FileEvent_officeId_at_idx" ON "FileEvent"("officeId", "at");

-- CreateIndex
CREATE INDEX "FileEvent_actorId_at_idx" ON "FileEvent"("actorId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "FileEvent_applicationId_seq_key" ON "FileEvent"("applicationId", "seq");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_at_idx" ON "LoginAttempt"("key", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermitType" ADD CONSTRAINT "PermitType_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_permitTypeId_fkey" FOREIGN KEY ("permitTypeId") REFERENCES "PermitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopVersion" ADD CONSTRAINT "SopVersion_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopVersion" ADD CONSTRAINT "SopVersion_permitTypeId_fkey" FOREIGN KEY ("permitTypeId") REFERENCES "PermitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Holiday" ADD CONSTRAINT "Holiday_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaBook" ADD CONSTRAINT "AgendaBook_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaBook" ADD CONSTRAINT "AgendaBook_permitTypeId_fkey" FOREIGN KEY ("permitTypeId") REFERENCES "PermitType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaCounter" ADD CONSTRAINT "AgendaCounter_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "AgendaBook"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaEntry" ADD CONSTRAINT "AgendaEntry_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "AgendaBook"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaEntry" ADD CONSTRAINT "AgendaEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_permitTypeId_fkey" FOREIGN KEY ("permitTypeId") REFERENCES "PermitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_sopVersionId_fkey" FOREIGN KEY ("sopVersionId") REFERENCES "SopVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileEvent" ADD CONSTRAINT "FileEvent_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileEvent" ADD CONSTRAINT "FileEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileEvent" ADD CONSTRAINT "FileEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Events are append-only: the database itself refuses to change or remove one, whatever code
-- (or person with a SQL prompt) tries. Prisma does not model triggers, so they live here only.
CREATE FUNCTION "file_event_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'FileEvent bersifat append-only: peristiwa tidak boleh diubah atau dihapus';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "FileEvent_append_only" BEFORE UPDATE OR DELETE ON "FileEvent"
  FOR EACH ROW EXECUTE FUNCTION "file_event_append_only"();
