import { z } from "zod";
import { passwordSchema } from "@perizinan/domain";
import { accountKey } from "@perizinan/auth";
import { hashPassword } from "@perizinan/db/password";
import { staffProcedure } from "../../../trpc";
import { loadOfficeStaff } from "./load";
import { userIdSchema } from "./schemas";

/**
 * The administrator sets a new password for a staff account (e.g. one that was forgotten). The
 * account's failed-login lock is lifted with it, so the new password works at once.
 */
export const resetPassword = staffProcedure("user.manage")
  .input(z.object({ userId: userIdSchema, password: passwordSchema }))
  .mutation(async ({ ctx, input }) => {
    const user = await loadOfficeStaff(ctx, input.userId);
    const keys = [user.username, user.nip].filter((k): k is string => Boolean(k)).map((k) => accountKey("backoffice", k));
    await ctx.db.$transaction([
      ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } }),
      ctx.db.loginAttempt.deleteMany({ where: { key: { in: keys } } }),
    ]);
    return { id: user.id };
  });
