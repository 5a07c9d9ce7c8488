import { z } from "zod";
import { submitFile } from "@perizinan/usecases";
import { staffProcedure } from "../../trpc";

/** The counter submits the walk-in file for the applicant (the event records both). */
export const submit = staffProcedure("file.intake.counter")
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    const { registrationNumber } = await submitFile(ctx, {
      fileId: input.id,
      version: input.version,
      actor: ctx.user,
      counter: { officeId: ctx.user.officeId },
      audit: { ipAddress: ctx.ip, userAgent: ctx.userAgent },
    });
    return { registrationNumber };
  });
