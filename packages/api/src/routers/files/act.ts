import { z } from "zod";
import { applyCommand } from "@perizinan/db/files";
import { unwrap } from "../../files/refusal";
import { produceStepDocument } from "../../letters/produce";
import { missingOutput, stepOutputSchema } from "../../letters/step-output";
import { appError } from "../../errors";
import { staffProcedure } from "../../trpc";
import { loadOfficeFile } from "./load-office-file";

const checklistItem = z.object({ ok: z.boolean(), reason: z.string().trim().max(300).optional() });

/**
 * Performs the current step's action. The domain decides whether this user may (role, assignment,
 * four eyes); the version guards against someone having acted first. A requirement checklist (the
 * "Klarifikasi Berkas") turns its unmet items into the return's reasons.
 */
export const act = staffProcedure("worklist.view")
  .input(
    z.object({
      id: z.string().min(1),
      version: z.number().int().min(0),
      action: z.enum(["COMPLETE", "RETURN", "APPROVE", "REJECT", "RECORD_RECEIPT", "REVOKE"]),
      note: z.string().trim().max(2000).optional(),
      reasons: z.array(z.string().trim().min(1).max(500)).max(30).optional(),
      assignees: z.array(z.string().min(1)).max(20).optional(),
      checklist: z.record(z.string(), checklistItem).optional(),
      output: stepOutputSchema,
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const file = await loadOfficeFile(ctx, input.id);
    let reasons = input.reasons ?? [];
    if (input.checklist) {
      const unmet = file.permitType.requirements.filter((r) => input.checklist![r.code]?.ok === false);
      for (const r of unmet) {
        if (!input.checklist[r.code]?.reason) throw appError("INVALID_INPUT", `Tuliskan alasan mengapa “${r.name}” belum memenuhi syarat.`);
      }
      if (input.action === "COMPLETE" && unmet.length > 0) {
        throw appError("INVALID_INPUT", "Ada persyaratan yang belum terpenuhi. Kembalikan berkas ke pemohon, atau tandai semua persyaratan terpenuhi.");
      }
      reasons = [...unmet.map((r) => `${r.name}: ${input.checklist![r.code]!.reason}`), ...reasons];
    }
    const step = file.sop.steps.find((s) => s.no === file.currentStep);
    const produces = step?.markers?.produces;
    if (produces && file.status === "IN_PROGRESS" && input.action !== "RETURN" && input.action !== "RECORD_RECEIPT") {
      const missing = missingOutput(produces, input.output);
      if (missing) throw appError("INVALID_INPUT", missing);
    }
    const result = unwrap(
      await applyCommand(ctx.db, {
        applicationId: file.id,
        expectedVersion: input.version,
        command: {
          action: input.action,
          ...(input.note ? { note: input.note } : {}),
          ...(reasons.length ? { reasons } : {}),
          ...(input.assignees ? { assignees: input.assignees } : {}),
        },
        actor: ctx.user,
        ipAddress: ctx.ip ?? undefined,
        userAgent: ctx.userAgent ?? undefined,
        data: {
          ...(input.checklist ? { checklist: input.checklist } : {}),
          ...(Object.keys(input.output).length ? { output: input.output } : {}),
        },
        alsoInTransaction: async (tx, next) => {
          if (input.action === "REVOKE") {
            await tx.permit.update({
              where: { applicationId: file.id },
              data: { revokedAt: next.event.at, revokedReason: reasons.join("; "), revokedById: ctx.user.id },
            });
            return;
          }
          if (step && file.status === "IN_PROGRESS") {
            await produceStepDocument({ tx, storage: ctx.storage, applicationId: file.id, sop: file.sop, step, event: next.event, output: input.output });
          }
        },
      }),
    );
    return { version: result.version, status: result.state.status, step: result.state.step };
  });
