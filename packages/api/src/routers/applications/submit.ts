import { z } from "zod";
import { loadOwnFile } from "../../files/load";
import { submitFile } from "../../files/submit-file";
import { applicantProcedure } from "../../trpc";

/** The applicant submits their own application online. */
export const submit = applicantProcedure
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => submitFile(ctx, await loadOwnFile(ctx, input.id), input.version));
