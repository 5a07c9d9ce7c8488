import { z } from "zod";
import { applyCommand } from "@perizinan/db/files";
import { loadOwnFile } from "../../files/load";
import { unwrap } from "../../files/refusal";
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
    const file = await loadOwnFile(ctx, input.id);
    const result = unwrap(
      await applyCommand(ctx.db, {
        applicationId: file.id,
        expectedVersion: input.version,
        command: { action: "WITHDRAW", reasons: [input.reason] },
        actor: ctx.user,
        ipAddress: ctx.ip ?? undefined,
        userAgent: ctx.userAgent ?? undefined,
      }),
    );
    return { version: result.version };
  });
