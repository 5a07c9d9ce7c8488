import { z } from "zod";
import { applicationDraftSchema } from "@perizinan/domain";
import { assertEditable, loadIntakeFile } from "../../files/load";
import { staffProcedure } from "../../trpc";

export const saveForm = staffProcedure("file.intake.counter")
  .input(z.object({ id: z.string().min(1), form: applicationDraftSchema }))
  .mutation(async ({ ctx, input }) => {
    const file = await loadIntakeFile(ctx, input.id);
    assertEditable(file);
    const form = { ...(file.form as Record<string, unknown>), ...input.form };
    if (form.strLifetime === true) form.strExpiry = null;
    await ctx.db.application.update({ where: { id: file.id }, data: { form } });
    return { ok: true as const };
  });
