import { changePasswordSchema } from "@perizinan/domain";
import { hashPassword, verifyPassword } from "@perizinan/db/password";
import { AppError } from "../../errors";
import { applicantProcedure } from "../../trpc";

export const changePassword = applicantProcedure.input(changePasswordSchema).mutation(async ({ ctx, input }) => {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.user.id } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_INPUT", "Kata sandi lama salah.");
  }
  await ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
  return { ok: true as const };
});
