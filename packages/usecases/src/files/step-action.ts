import { can, judgeChecklist, localIsoDate, offersChecklist, requireStep, type Actor, type Checklist, type FormValues, type Role, type StepActionName as SopStepActionName } from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import { AppError } from "../errors";
import { judgeStepOutput, type StepOutput } from "../letters/step-output";
import { loadDefinition, officerFieldsOf, requirementsFor } from "../permit-types/definitions";
import { changeFile, type FileChangeResult, type UseCaseDeps } from "./change-file";

/** A step action the SOP offers, or the revocation offered on the same panel. */
export type StepActionName = SopStepActionName | "REVOKE";

export interface StepActionInput {
  fileId: string;
  version: number;
  action: StepActionName;
  note?: string;
  reasons?: string[];
  assignees?: string[];
  checklist?: Checklist;
  output: StepOutput;
  actor: Actor & { officeId: string };
  audit?: { ipAddress?: string | null; userAgent?: string | null };
}

/** Actions that do not do the step's work, so its officer fields are not asked. */
const WITHOUT_OUTPUT = new Set<StepActionName>(["RETURN", "REVOKE"]);

/**
 * A staff member acts on the file's current step. The domain decides whether they may (role,
 * assignment, four eyes) and what follows; what the step's officer enters (the definition's step
 * fields) is judged and kept on the event, where its letter reads it; at a step that can return
 * the file, the clerk's judgement of every requirement (the completeness check) is its output.
 */
export function performStepAction(deps: UseCaseDeps, input: StepActionInput): Promise<FileChangeResult> {
  return changeFile(deps, {
    fileId: input.fileId,
    expectedVersion: input.version,
    actor: input.actor,
    audit: input.audit,
    command: {
      action: input.action,
      ...(input.note ? { note: input.note } : {}),
      ...(input.reasons?.length ? { reasons: input.reasons } : {}),
      ...(input.assignees ? { assignees: input.assignees } : {}),
    },
    async prepare(tx, file, sop) {
      // Another office's file, or one not yet submitted, reads as missing.
      if (file.status === "DRAFT" || !can(input.actor, "file.view.any", { officeId: file.officeId }, { actorOfficeId: input.actor.officeId })) {
        throw new AppError("NOT_FOUND", "Berkas tidak ditemukan.");
      }
      const step = requireStep(sop, file.currentStep);
      let fields = {};
      if (file.status === "IN_PROGRESS" && !WITHOUT_OUTPUT.has(input.action)) {
        const definition = await loadDefinition(tx, file.permitTypeVersionId);
        const office = await tx.office.findUniqueOrThrow({ where: { id: file.officeId }, select: { timeZone: true } });
        fields = judgeStepOutput(officerFieldsOf(definition, step.no), input.output, localIsoDate(new Date(), office.timeZone));
        if (step.markers?.assignsTeam && input.assignees?.length) await assertTeam(tx, file.officeId, step.markers.assignsTeam, definition.technicalAgency, input.assignees);
      }
      const entered = Object.keys(fields).length ? { fields } : {};
      if (file.status !== "IN_PROGRESS" || !offersChecklist(step) || (input.action !== "COMPLETE" && input.action !== "RETURN")) return { data: entered };
      // The clerk judges what this file's version asks of it, by its answers.
      const definition = await loadDefinition(tx, file.permitTypeVersionId);
      const requirements = requirementsFor(definition, (file.form ?? {}) as FormValues).map((r) => ({ code: r.code, name: r.label }));
      const judged = judgeChecklist(requirements, input.checklist, input.action);
      if (!judged.ok) throw new AppError("INVALID_INPUT", judged.message, judged.fieldErrors);
      return { reasons: judged.reasons, data: { ...entered, checklist: input.checklist, ...(judged.mustReplace.length ? { mustReplace: judged.mustReplace } : {}) } };
    },
  });
}

/**
 * The team named at a step that assigns one: active members of this office holding the team's
 * role and, when the permit type names its technical agency, belonging to that agency.
 */
async function assertTeam(tx: Prisma.TransactionClient, officeId: string, role: Role, agencyCode: string | null, ids: string[]): Promise<void> {
  const agency = agencyCode ? await tx.technicalAgency.findUnique({ where: { officeId_code: { officeId, code: agencyCode } }, select: { id: true, name: true } }) : null;
  const members = await tx.user.findMany({
    where: { id: { in: ids }, officeId, active: true, roles: { some: { role } }, ...(agency ? { technicalAgencyId: agency.id } : {}) },
    select: { id: true },
  });
  if (members.length !== new Set(ids).size) {
    const message = agency ? `Anggota tim harus petugas ${agency.name} yang aktif.` : "Anggota tim harus petugas aktif dengan peran tim ini.";
    throw new AppError("INVALID_INPUT", message, { assignees: message });
  }
}
