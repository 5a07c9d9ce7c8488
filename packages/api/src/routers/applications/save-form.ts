import { z } from "zod";
import { applicationDraftSchema } from "@perizinan/domain";
import { assertEditable, loadOwnFile } from "../../files/load";
import { applicantProcedure } from "../../trpc";

/** Saves the form as it stands; completeness is checked only when the file is submitted. */
export const saveForm = applicantProcedure
  .input(z.object({ id: z.string().min(1), form: applicationDraftSchema }))
  .mutation(async ({ ctx, input }) => {
    const file = await loadOwnFile(ctx, input.id);
    assertEditable(file);
    const form = { ...(file.form as Record<string, unknown>), ...input.form };
    if (form.strLifetime === true) form.strExpiry = null;
    await ctx.db.application.update({ where: { id: file.id }, data: { form } });
    return { ok: true as const };
  });
