import { can, judgeChecklist, offersChecklist, requireStep, type Actor, type Checklist, type StepActionName as SopStepActionName } from "@perizinan/domain";
import { AppError } from "../errors";
import type { StepOutput } from "../letters/step-output";
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

/**
 * A staff member acts on the file's current step. The domain decides whether they may (role,
 * assignment, four eyes) and what follows; at a step that can return the file, the clerk's
 * judgement of every requirement (the completeness check) is the step's output.
 */
export function performStepAction(deps: UseCaseDeps, input: StepActionInput): Promise<FileChangeResult> {
  return changeFile(deps, {
    fileId: input.fileId,
    expectedVersion: input.version,
    actor: input.actor,
    audit: input.audit,
    output: input.output,
    command: {
      action: input.action,
      ...(input.note ? { note: input.note } : {}),
      ...(input.reasons?.length ? { reasons: input.reasons } : {}),
      ...(input.assignees ? { assignees: input.assignees } : {}),
    },
    data: Object.keys(input.output).length ? { output: input.output } : {},
    async prepare(tx, file, sop) {
      // Another office's file, or one not yet submitted, reads as missing.
      if (file.status === "DRAFT" || !can(input.actor, "file.view.any", { officeId: file.officeId }, { actorOfficeId: input.actor.officeId })) {
        throw new AppError("NOT_FOUND", "Berkas tidak ditemukan.");
      }
      const step = requireStep(sop, file.currentStep);
      if (file.status !== "IN_PROGRESS" || !offersChecklist(step) || (input.action !== "COMPLETE" && input.action !== "RETURN")) return;
      const requirements = await tx.requirement.findMany({
        where: { permitTypeId: file.permitTypeId, active: true },
        orderBy: { position: "asc" },
        select: { code: true, name: true },
      });
      const judged = judgeChecklist(requirements, input.checklist, input.action);
      if (!judged.ok) throw new AppError("INVALID_INPUT", judged.message, judged.fieldErrors);
      return { reasons: judged.reasons, data: { checklist: input.checklist, ...(judged.mustReplace.length ? { mustReplace: judged.mustReplace } : {}) } };
    },
  });
}
