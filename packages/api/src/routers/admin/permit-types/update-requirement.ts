import { z } from "zod";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { MEGABYTE } from "../shared";
import { requirementFieldsSchema } from "./schemas";

/**
 * Edits a requirement. Documents already uploaded against it stay as they are: the new limits
 * apply to uploads from now on.
 */
export const updateRequirement = staffProcedure("permitType.manage")
  .input(requirementFieldsSchema.extend({ id: z.string().min(1).max(60), active: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const found = await ctx.db.requirement.findFirst({ where: { id: input.id, permitType: { officeId: ctx.user.officeId } }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "Persyaratan tidak ditemukan.");
    return ctx.db.requirement.update({
      where: { id: found.id },
      data: {
        name: input.name,
        description: input.description,
        maxBytes: input.maxMb * MEGABYTE,
        mimeTypes: input.mimeTypes,
        required: input.required,
        active: input.active,
      },
      select: { id: true, code: true, name: true, description: true, maxBytes: true, mimeTypes: true, required: true, active: true },
    });
  });
