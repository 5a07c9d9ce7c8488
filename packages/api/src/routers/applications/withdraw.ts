import { z } from "zod";
import { withdrawFile } from "@perizinan/usecases";
import { applicantProcedure } from "../../trpc";

export const withdraw = applicantProcedure
  .input(
    z.object({
      id: z.string().min(1),
      version: z.number().int().min(0),
      reason: z.string().trim().min(5, "Tuliskan alasan penarikan (minimal 5 karakter).").max(1000),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const result = await withdrawFile(ctx, { fileId: input.id, version: input.version, reason: input.reason, actor: ctx.user, audit: { ipAddress: ctx.ip, userAgent: ctx.userAgent } });
    return { version: result.version };
  });
