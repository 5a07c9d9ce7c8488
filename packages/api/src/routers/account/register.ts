import { registrationSchema } from "@perizinan/domain";
import { hashPassword } from "@perizinan/db/password";
import { AppError } from "../../errors";
import { publicProcedure } from "../../trpc";

/** A citizen opens an applicant account. The NIK and email identify one person each. */
export const register = publicProcedure.input(registrationSchema).mutation(async ({ ctx, input }) => {
  const taken = await ctx.db.user.findFirst({ where: { OR: [{ email: input.email }, { nik: input.nik }] }, select: { email: true, nik: true } });
  if (taken) {
    const [field, message] =
      taken.nik === input.nik
        ? ["nik", "NIK ini sudah terdaftar. Silakan masuk, atau hubungi kantor bila Anda tidak pernah mendaftar."]
        : ["email", "Email ini sudah terdaftar. Silakan masuk dengan email tersebut."];
    throw new AppError("INVALID_INPUT", message, { [field]: message });
  }
  const user = await ctx.db.user.create({
    data: {
      kind: "APPLICANT",
      name: input.name,
      nik: input.nik,
      email: input.email,
      phone: input.phone,
      passwordHash: await hashPassword(input.password),
      roles: { create: [{ role: "PEMOHON" }] },
    },
    select: { id: true },
  });
  return { id: user.id };
});
