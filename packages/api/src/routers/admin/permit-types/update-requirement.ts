import { z } from "zod";
import { publishRevision } from "@perizinan/usecases";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { requirementFieldsSchema, requirementOf } from "./schemas";

/**
 * Edits a requirement, or stops asking for it (inactive), as the type's next version. Documents
 * already uploaded against it stay as they are; the new limits apply to uploads from now on.
 */
export const updateRequirement = staffProcedure("permitType.manage")
  .input(requirementFieldsSchema.extend({ id: z.string().min(1).max(60), active: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const found = await ctx.db.requirement.findFirst({ where: { id: input.id, permitType: { officeId: ctx.user.officeId } }, select: { id: true, code: true, permitTypeId: true } });
    if (!found) throw new AppError("NOT_FOUND", "Persyaratan tidak ditemukan.");
    await publishRevision(ctx.db, {
      officeId: ctx.user.officeId,
      permitTypeId: found.permitTypeId,
      by: ctx.user.id,
      revise(definition) {
        const current = definition.requirements.find((r) => r.code === found.code);
        const edited = { ...requirementOf(found.code, input, current?.kind), ...(current?.requiredIf ? { requiredIf: current.requiredIf } : {}) };
        const rest = definition.requirements.filter((r) => r.code !== found.code);
        if (!input.active) return { ...definition, requirements: rest };
        return { ...definition, requirements: current ? definition.requirements.map((r) => (r.code === found.code ? edited : r)) : [...rest, edited] };
      },
    });
    return ctx.db.requirement.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, code: true, name: true, description: true, maxBytes: true, mimeTypes: true, required: true, active: true },
    });
  });
