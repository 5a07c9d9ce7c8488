import { z } from "zod";
import { applicationDraftSchema } from "@perizinan/domain";
import { loadIntakeFile } from "../../files/load";
import { saveDraftForm } from "../../files/save-draft-form";
import { staffProcedure } from "../../trpc";

export const saveForm = staffProcedure("file.intake.counter")
  .input(z.object({ id: z.string().min(1), form: applicationDraftSchema }))
  .mutation(async ({ ctx, input }) => saveDraftForm(ctx, await loadIntakeFile(ctx, input.id), input.form));
