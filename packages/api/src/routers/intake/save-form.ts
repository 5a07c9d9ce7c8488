import { z } from "zod";
import { loadIntakeFile } from "../../files/load";
import { saveDraftForm } from "../../files/save-draft-form";
import { staffProcedure } from "../../trpc";

export const saveForm = staffProcedure("file.intake.counter")
  .input(z.object({ id: z.string().min(1), form: z.record(z.string().max(60), z.unknown()) }))
  .mutation(async ({ ctx, input }) => saveDraftForm(ctx, await loadIntakeFile(ctx, input.id), input.form));
