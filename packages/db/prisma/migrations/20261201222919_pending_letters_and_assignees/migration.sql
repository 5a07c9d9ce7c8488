-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "assignees" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "restrictedRoles" "Role"[] DEFAULT ARRAY[]::"Role"[];

-- CreateTable
CREATE TABLE "PendingLetter" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "eventSeq" INTEGER NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "step" INTEGER NOT NULL,
    "number" TEXT,
    "isDraft" BOOLEAN NOT NULL,
    "input" JSONB NOT NULL,
    "permit" JSONB,
    "createdById" TEXT NOT NULL,
    "signedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastTriedAt" TIMESTAMP(3),

    CONSTRAINT "PendingLetter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingLetter_officeId_createdAt_idx" ON "PendingLetter"("officeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PendingLetter_applicationId_eventSeq_kind_key" ON "PendingLetter"("applicationId", "eventSeq", "kind");

-- AddForeignKey
ALTER TABLE "PendingLetter" ADD CONSTRAINT "PendingLetter_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Files already assigned keep their assignment: the columns are filled from the state the domain keeps.
UPDATE "Application" a SET
  "restrictedRoles" = COALESCE(ARRAY(
    SELECT k::"Role" FROM jsonb_each(a."state"->'assignees') AS e(k, v) WHERE jsonb_array_length(e.v) > 0 ORDER BY k
  ), ARRAY[]::"Role"[]),
  "assignees" = COALESCE(ARRAY(
    SELECT DISTINCT x FROM jsonb_each(a."state"->'assignees') AS e(k, v), jsonb_array_elements_text(e.v) AS x ORDER BY x
  ), ARRAY[]::TEXT[])
WHERE jsonb_typeof(a."state"->'assignees') = 'object';

-- A published SOP version is the law its files were decided under: the database refuses to
-- change its definition (a new version is published instead). The use cases cache parsed
-- versions by id on the strength of this.
CREATE FUNCTION "sop_version_immutable"() RETURNS trigger AS $$
BEGIN
  IF NEW."definition" IS DISTINCT FROM OLD."definition" OR NEW."version" IS DISTINCT FROM OLD."version" THEN
    RAISE EXCEPTION 'SopVersion yang sudah terbit tidak boleh diubah; terbitkan versi baru';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SopVersion_immutable" BEFORE UPDATE ON "SopVersion"
  FOR EACH ROW EXECUTE FUNCTION "sop_version_immutable"();
