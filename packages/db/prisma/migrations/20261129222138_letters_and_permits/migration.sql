-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('RESI_PENERIMAAN', 'LEMBAR_DISPOSISI', 'SURAT_PERMINTAAN_REKOMENDASI', 'BERITA_ACARA', 'REKOMENDASI', 'SURAT_PENOLAKAN', 'SURAT_IZIN');

-- CreateTable
CREATE TABLE "IssuedDocument" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "step" INTEGER NOT NULL,
    "number" TEXT,
    "isDraft" BOOLEAN NOT NULL DEFAULT false,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedById" TEXT,
    "signedAt" TIMESTAMP(3),
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "IssuedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Permit" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "strNumber" TEXT NOT NULL,
    "facilityName" TEXT NOT NULL,
    "validUntil" TIMESTAMP(3),
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "signedById" TEXT NOT NULL,
    "signedByName" TEXT NOT NULL,
    "signedByTitle" TEXT NOT NULL,
    "signedByNip" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "documentSha256" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "revokedById" TEXT,

    CONSTRAINT "Permit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IssuedDocument_applicationId_kind_idx" ON "IssuedDocument"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "IssuedDocument_sha256_idx" ON "IssuedDocument"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Permit_applicationId_key" ON "Permit"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Permit_number_key" ON "Permit"("number");

-- AddForeignKey
ALTER TABLE "IssuedDocument" ADD CONSTRAINT "IssuedDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Permit" ADD CONSTRAINT "Permit_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
