import { randomBytes } from "node:crypto";
import { z } from "zod";
import { mobileNumberSchema, nikSchema } from "@perizinan/domain";
import { createDraft } from "@perizinan/db/files";
import { hashPassword } from "@perizinan/db/password";
import { AppError } from "../../errors";
import { staffProcedure } from "../../trpc";

/**
 * Counter intake: the Front Office registers a walk-in applicant's file. The applicant is found by
 * NIK or recorded as a citizen without a usable password (they follow the file by registration
 * number; they may register online later with the same NIK).
 */
export const start = staffProcedure("file.intake.counter")
  .input(
    z.object({
      permitTypeCode: z.string({ error: "Pilih jenis izin." }).trim().min(1, "Pilih jenis izin.").max(60),
      applicant: z.object({
        name: z.string().trim().min(1, "Nama pemohon wajib diisi.").max(120),
        nik: nikSchema,
        phone: mobileNumberSchema,
        email: z.union([z.email("Alamat email tidak valid."), z.literal("")]).optional(),
      }),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const permitType = await ctx.db.permitType.findFirst({ where: { code: input.permitTypeCode, officeId: ctx.user.officeId, active: true } });
    if (!permitType) throw new AppError("NOT_FOUND", "Jenis izin tidak ditemukan.");
    const email = input.applicant.email ? input.applicant.email.toLowerCase() : null;
    let applicant = await ctx.db.user.findUnique({ where: { nik: input.applicant.nik } });
    if (applicant && applicant.kind !== "APPLICANT") throw new AppError("INVALID_INPUT", "NIK ini milik akun petugas, bukan pemohon.");
    if (!applicant) {
      if (email && (await ctx.db.user.findUnique({ where: { email } }))) {
        throw new AppError("INVALID_INPUT", "Email ini sudah dipakai akun lain. Kosongkan email atau gunakan email lain.");
      }
      applicant = await ctx.db.user.create({
        data: {
          kind: "APPLICANT",
          name: input.applicant.name,
          nik: input.applicant.nik,
          phone: input.applicant.phone,
          email,
          // Nobody knows this password: the account exists to own the file until the citizen registers.
          passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
          roles: { create: [{ role: "PEMOHON" }] },
        },
      });
    }
    const draft = await createDraft(ctx.db, {
      permitTypeId: permitType.id,
      applicantId: applicant.id,
      intakeById: ctx.user.id,
      form: { fullName: input.applicant.name, nik: input.applicant.nik, phone: input.applicant.phone, email: email ?? "" },
    });
    return { id: draft.id };
  });
