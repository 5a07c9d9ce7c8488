import { z } from "zod";
import { submitFile } from "@perizinan/usecases";
import { applicantProcedure } from "../../trpc";

/** The applicant submits their own application online. */
export const submit = applicantProcedure
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    const { registrationNumber } = await submitFile(ctx, { fileId: input.id, version: input.version, actor: ctx.user, audit: { ipAddress: ctx.ip, userAgent: ctx.userAgent } });
    return { registrationNumber };
  });
