import { z } from "zod";
import { confirmReceipt as confirm } from "@perizinan/usecases";
import { applicantProcedure } from "../../trpc";

/** The applicant confirms online that the letter reached them (the SOP's receipt steps). */
export const confirmReceipt = applicantProcedure
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    const result = await confirm(ctx, { fileId: input.id, version: input.version, actor: ctx.user, audit: { ipAddress: ctx.ip, userAgent: ctx.userAgent } });
    return { version: result.version, status: result.state.status };
  });
