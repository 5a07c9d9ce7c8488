import { z } from "zod";
import { applyCommand, newRegistrationNumber } from "@perizinan/db/files";
import { loadIntakeFile } from "../../files/load";
import { unwrap } from "../../files/refusal";
import { appError } from "../../errors";
import { staffProcedure } from "../../trpc";
import { assertComplete } from "../applications/completeness";

/**
 * The counter submits the walk-in file for the applicant: the SOP's first step, done by the Front
 * Office on the applicant's behalf (the event records both), with the registration number at once.
 */
export const submit = staffProcedure("file.intake.counter")
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0) }))
  .mutation(async ({ ctx, input }) => {
    const file = await loadIntakeFile(ctx, input.id);
    if (file.status !== "DRAFT") throw appError("ILLEGAL_ACTION", "Berkas ini sudah diajukan.");
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
        data: { registrationNumber, counterIntakeFor: file.applicantId },
        alsoInTransaction: async (tx) => {
          await tx.application.update({ where: { id: file.id }, data: { registrationNumber } });
        },
      }),
    );
    return { registrationNumber };
  });
