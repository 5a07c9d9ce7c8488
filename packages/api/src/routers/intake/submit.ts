import { z } from "zod";
import { loadIntakeFile } from "../../files/load";
import { submitFile } from "../../files/submit-file";
import { staffProcedure } from "../../trpc";

/** The counter submits the walk-in file for the applicant (the event records both). */
export const submit = staffProcedure("file.intake.counter")
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    const file = await loadIntakeFile(ctx, input.id);
    return submitFile(ctx, file, input.version, { counterIntakeFor: file.applicantId });
  });
