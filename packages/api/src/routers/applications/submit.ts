import { z } from "zod";
import { applyCommand, newRegistrationNumber } from "@perizinan/db/files";
import { loadOwnFile } from "../../files/load";
import { unwrap } from "../../files/refusal";
import { appError } from "../../errors";
import { applicantProcedure } from "../../trpc";
import { assertComplete } from "./completeness";

/** Submission is the SOP's first step: it gives the registration number and starts the clock. */
export const submit = applicantProcedure
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    const file = await loadOwnFile(ctx, input.id);
    if (file.status !== "DRAFT") throw appError("ILLEGAL_ACTION", "Permohonan ini sudah diajukan.");
    const now = new Date();
    assertComplete(file, now);
    const registrationNumber = newRegistrationNumber(file.permitType.registrationPrefix, now);
    unwrap(
      await applyCommand(ctx.db, {
        applicationId: file.id,
        expectedVersion: input.version,
        command: { action: "COMPLETE" },
        actor: ctx.user,
        at: now,
        ipAddress: ctx.ip ?? undefined,
        userAgent: ctx.userAgent ?? undefined,
        data: { registrationNumber },
        alsoInTransaction: async (tx) => {
          await tx.application.update({ where: { id: file.id }, data: { registrationNumber } });
        },
      }),
    );
    return { registrationNumber };
  });
