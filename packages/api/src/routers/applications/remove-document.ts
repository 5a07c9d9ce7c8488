import { z } from "zod";
import { assertEditable, loadOwnFile } from "../../files/load";
import { AppError } from "../../errors";
import { applicantProcedure } from "../../trpc";

/** Removes the current upload of a requirement; the row stays in the history, marked superseded. */
export const removeDocument = applicantProcedure
  .input(z.object({ id: z.string().min(1), requirementCode: z.string().min(1) }))
  .mutation(async ({ ctx, input }) => {
    const file = await loadOwnFile(ctx, input.id);
    assertEditable(file);
    const requirement = file.permitType.requirements.find((r) => r.code === input.requirementCode);
    if (!requirement) throw new AppError("NOT_FOUND", "Persyaratan tidak ditemukan.");
    const removed = await ctx.db.document.updateMany({
      where: { applicationId: file.id, requirementId: requirement.id, supersededAt: null },
      data: { supersededAt: new Date() },
    });
    return { removed: removed.count };
  });
