import { z } from "zod";
import { STEP_ACTION_NAMES } from "@perizinan/domain";
import { performStepAction, stepOutputSchema } from "@perizinan/usecases";
import { staffProcedure } from "../../trpc";

const judgement = z.object({ ok: z.boolean(), reason: z.string().trim().max(300).optional(), newDocument: z.boolean().optional() });

/** Performs the current step's action (the use case decides everything; this maps the input). */
export const act = staffProcedure("worklist.view")
  .input(
    z.object({
      id: z.string().min(1),
      version: z.number().int().min(0),
      // Every step action the SOP language knows, and the revocation this panel also offers.
      action: z.enum([...STEP_ACTION_NAMES, "REVOKE"]),
      note: z.string().trim().max(2000).optional(),
      reasons: z.array(z.string().trim().min(1).max(500)).max(30).optional(),
      assignees: z.array(z.string().min(1)).max(20).optional(),
      checklist: z.record(z.string(), judgement).optional(),
      output: stepOutputSchema,
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await performStepAction(ctx, {
      fileId: input.id,
      version: input.version,
      action: input.action,
      ...(input.note ? { note: input.note } : {}),
      ...(input.reasons ? { reasons: input.reasons } : {}),
      ...(input.assignees ? { assignees: input.assignees } : {}),
      ...(input.checklist ? { checklist: input.checklist } : {}),
      output: input.output,
      actor: ctx.user,
      audit: { ipAddress: ctx.ip, userAgent: ctx.userAgent },
    });
    return {
      version: result.version,
      status: result.state.status,
      step: result.state.step,
      lettersPending: result.letters.failed.map((f) => f.kind),
    };
  });
