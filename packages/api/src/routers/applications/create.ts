import { z } from "zod";
import { createDraft } from "@perizinan/db/files";
import { AppError } from "../../errors";
import { applicantProcedure } from "../../trpc";

/** Starts a draft for a permit type, pre-filled with what the account already knows. */
export const create = applicantProcedure
  .input(z.object({ permitTypeCode: z.string().min(1) }))
  .mutation(async ({ ctx, input }) => {
    const permitType = await ctx.db.permitType.findFirst({ where: { code: input.permitTypeCode, active: true } });
    if (!permitType) throw new AppError("NOT_FOUND", "Jenis izin tidak ditemukan.");
    const me = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
    const draft = await createDraft(ctx.db, {
      permitTypeId: permitType.id,
      applicantId: me.id,
      form: { fullName: me.name, nik: me.nik ?? "", email: me.email ?? "", phone: me.phone ?? "" },
    });
    return { id: draft.id };
  });
