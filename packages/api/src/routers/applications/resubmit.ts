import { z } from "zod";
import { resubmitFile } from "@perizinan/usecases";
import { applicantProcedure } from "../../trpc";

/** The applicant answers a return: the corrected file goes back to the office. */
export const resubmit = applicantProcedure
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0), note: z.string().trim().max(1000).optional() }))
  .mutation(async ({ ctx, input }) => {
    const result = await resubmitFile(ctx, {
      fileId: input.id,
      version: input.version,
      ...(input.note ? { note: input.note } : {}),
      actor: ctx.user,
      audit: { ipAddress: ctx.ip, userAgent: ctx.userAgent },
    });
    return { version: result.version };
  });
