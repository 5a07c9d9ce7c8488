import { z } from "zod";
import { loadOwnFile } from "../../files/load";
import { saveDraftForm } from "../../files/save-draft-form";
import { applicantProcedure } from "../../trpc";

export const saveForm = applicantProcedure
  .input(z.object({ id: z.string().min(1), form: z.record(z.string().max(60), z.unknown()) }))
  .mutation(async ({ ctx, input }) => saveDraftForm(ctx, await loadOwnFile(ctx, input.id), input.form));
