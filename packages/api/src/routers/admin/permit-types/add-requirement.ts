import { z } from "zod";
import { publishRevision } from "@perizinan/usecases";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { requirementFieldsSchema, requirementOf } from "./schemas";

/** "Surat keterangan sehat" → "SURAT_KETERANGAN_SEHAT": a stable code, as the seeded ones are. */
function codeFrom(name: string): string {
  const code = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
  return code || "PERSYARATAN";
}

/**
 * Adds a requirement at the end of a permit type's list, published as the type's next version:
 * files already submitted keep the requirements they were judged by.
 */
export const addRequirement = staffProcedure("permitType.manage")
  .input(requirementFieldsSchema.extend({ permitTypeId: z.string().min(1).max(60) }))
  .mutation(async ({ ctx, input }) => {
    const type = await ctx.db.permitType.findFirst({
      where: { id: input.permitTypeId, officeId: ctx.user.officeId },
      include: { requirements: { select: { code: true } } },
    });
    if (!type) throw new AppError("NOT_FOUND", "Jenis izin tidak ditemukan.");
    const base = codeFrom(input.name);
    // Codes of requirements no longer asked stay taken: their documents still point at them.
    const codes = new Set(type.requirements.map((r) => r.code));
    let code = base;
    // A suffix keeps the code within the definition's 40 characters.
    for (let n = 2; codes.has(code); n++) code = `${base.slice(0, 40 - `_${n}`.length).replace(/_+$/, "")}_${n}`;
    await publishRevision(ctx.db, {
      officeId: ctx.user.officeId,
      permitTypeId: type.id,
      by: ctx.user.id,
      revise: (definition) => ({ ...definition, requirements: [...definition.requirements, requirementOf(code, input)] }),
    });
    return ctx.db.requirement.findUniqueOrThrow({ where: { permitTypeId_code: { permitTypeId: type.id, code } }, select: { id: true, code: true, name: true } });
  });
