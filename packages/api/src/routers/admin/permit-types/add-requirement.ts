import { z } from "zod";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { isUniqueViolation, MEGABYTE, refuse } from "../shared";
import { requirementFieldsSchema } from "./schemas";

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

/** Adds a requirement at the end of a permit type's list. */
export const addRequirement = staffProcedure("permitType.manage")
  .input(requirementFieldsSchema.extend({ permitTypeId: z.string().min(1).max(60) }))
  .mutation(async ({ ctx, input }) => {
    const type = await ctx.db.permitType.findFirst({
      where: { id: input.permitTypeId, officeId: ctx.user.officeId },
      include: { requirements: { select: { code: true, position: true } } },
    });
    if (!type) throw new AppError("NOT_FOUND", "Jenis izin tidak ditemukan.");
    const base = codeFrom(input.name);
    const codes = new Set(type.requirements.map((r) => r.code));
    let code = base;
    for (let n = 2; codes.has(code); n++) code = `${base}_${n}`;
    try {
      return await ctx.db.requirement.create({
        data: {
          permitTypeId: type.id,
          code,
          position: Math.max(0, ...type.requirements.map((r) => r.position)) + 1,
          name: input.name,
          description: input.description,
          maxBytes: input.maxMb * MEGABYTE,
          mimeTypes: input.mimeTypes,
          required: input.required,
          active: true,
        },
        select: { id: true, code: true, name: true },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw refuse("Persyaratan lain baru saja ditambahkan dengan nama serupa. Muat ulang halaman lalu coba lagi.");
      throw error;
    }
  });
