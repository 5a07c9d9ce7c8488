import { sopDefinitionSchema, startFile, stateToJSON } from "@perizinan/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";

/**
 * A new application under the permit type's newest published version (its form, requirements and
 * letters) and that version's flow for a new application. It stays a DRAFT — invisible to the
 * office and off the clock — until the applicant completes step 1 (submission).
 */
export async function createDraft(
  db: Db | Prisma.TransactionClient,
  input: { permitTypeId: string; applicantId: string; form: Prisma.InputJsonValue; intakeById?: string; id?: string; at?: Date },
) {
  const at = input.at ?? new Date();
  const sopVersion = await db.sopVersion.findFirst({
    where: { permitTypeId: input.permitTypeId, applicationKind: "NEW", permitTypeVersion: { status: "PUBLISHED" } },
    orderBy: { version: "desc" },
  });
  if (!sopVersion?.permitTypeVersionId) throw new Error("Jenis izin ini belum memiliki versi yang diterbitkan.");
  const permitType = await db.permitType.findUniqueOrThrow({ where: { id: input.permitTypeId } });
  const sop = sopDefinitionSchema.parse(sopVersion.definition);
  const state = startFile(sop, at);
  return db.application.create({
    data: {
      ...(input.id ? { id: input.id } : {}),
      officeId: permitType.officeId,
      permitTypeId: permitType.id,
      sopVersionId: sopVersion.id,
      permitTypeVersionId: sopVersion.permitTypeVersionId,
      applicantId: input.applicantId,
      status: "DRAFT",
      currentStep: state.step,
      stepStartedAt: state.stepStartedAt,
      state: stateToJSON(state) as Prisma.InputJsonValue,
      form: input.form,
      intakeById: input.intakeById ?? null,
      createdAt: at,
    },
  });
}
