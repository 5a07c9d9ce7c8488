import { z } from "zod";
import { applyCommand } from "@perizinan/db/files";
import { loadOwnFile } from "../../files/load";
import { unwrap } from "../../files/refusal";
import { appError } from "../../errors";
import { applicantProcedure } from "../../trpc";

/** The applicant confirms online that the letter reached them (the SOP's receipt steps). */
export const confirmReceipt = applicantProcedure
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    const file = await loadOwnFile(ctx, input.id);
    const step = file.sop.steps.find((s) => s.no === file.currentStep);
    if (file.status !== "IN_PROGRESS" || !step?.markers?.receipt) {
      throw appError("ILLEGAL_ACTION", "Belum ada surat yang menunggu konfirmasi penerimaan Anda.");
    }
    const result = unwrap(
      await applyCommand(ctx.db, {
        applicationId: file.id,
        expectedVersion: input.version,
        command: { action: "COMPLETE" },
        actor: ctx.user,
        ipAddress: ctx.ip ?? undefined,
        userAgent: ctx.userAgent ?? undefined,
      }),
    );
    return { version: result.version, status: result.state.status };
  });
