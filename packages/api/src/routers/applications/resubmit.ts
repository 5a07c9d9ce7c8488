import { z } from "zod";
import { applyCommand } from "@perizinan/db/files";
import { loadOwnFile } from "../../files/load";
import { unwrap } from "../../files/refusal";
import { applicantProcedure } from "../../trpc";
import { assertComplete } from "./completeness";

/** The applicant answers a return: the corrected file goes back to the counter's check. */
export const resubmit = applicantProcedure
  .input(z.object({ id: z.string().min(1), version: z.number().int().min(0), note: z.string().trim().max(1000).optional() }))
  .mutation(async ({ ctx, input }) => {
    const file = await loadOwnFile(ctx, input.id);
    const now = new Date();
    assertComplete(file, now);
    const returnedAt = [...file.events].reverse().find((e) => e.action === "RETURN")?.at ?? file.createdAt;
    const replaced = file.permitType.requirements
      .filter((r) => file.documents.some((d) => d.requirementId === r.id && d.supersededAt === null && d.createdAt > returnedAt))
      .map((r) => r.code);
    const result = unwrap(
      await applyCommand(ctx.db, {
        applicationId: file.id,
        expectedVersion: input.version,
        command: { action: "RESUBMIT", ...(input.note ? { note: input.note } : {}) },
        actor: ctx.user,
        at: now,
        ipAddress: ctx.ip ?? undefined,
        userAgent: ctx.userAgent ?? undefined,
        data: { documentsReplaced: replaced },
      }),
    );
    return { version: result.version };
  });
