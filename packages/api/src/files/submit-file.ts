import { applyCommand, newRegistrationNumber } from "@perizinan/db/files";
import type { Prisma } from "@perizinan/db";
import type { Context, CurrentUser } from "../context";
import { appError } from "../errors";
import { assertComplete } from "../routers/applications/completeness";
import type { LoadedFile } from "./load";
import { unwrap } from "./refusal";

/**
 * Submission is the SOP's first step: complete or refused whole, it gives the registration number
 * and starts the clock. The actor is the applicant online, or the counter for a walk-in (the
 * domain records that it acted for the applicant).
 */
export async function submitFile(
  ctx: Context & { user: CurrentUser },
  file: LoadedFile,
  version: number,
  data: Record<string, Prisma.InputJsonValue | null> = {},
): Promise<{ registrationNumber: string }> {
  if (file.status !== "DRAFT") throw appError("ILLEGAL_ACTION", "Permohonan ini sudah diajukan.");
  const now = new Date();
  assertComplete(file, now);
  const registrationNumber = newRegistrationNumber(file.permitType.registrationPrefix, now);
  unwrap(
    await applyCommand(ctx.db, {
      applicationId: file.id,
      expectedVersion: version,
      command: { action: "COMPLETE" },
      actor: ctx.user,
      at: now,
      ipAddress: ctx.ip ?? undefined,
      userAgent: ctx.userAgent ?? undefined,
      data: { registrationNumber, ...data },
      alsoInTransaction: async (tx) => {
        await tx.application.update({ where: { id: file.id }, data: { registrationNumber } });
      },
    }),
  );
  return { registrationNumber };
}
