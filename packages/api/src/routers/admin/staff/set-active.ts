import { z } from "zod";
import { staffProcedure } from "../../../trpc";
import { refuse } from "../shared";
import { loadOfficeStaff } from "./load";
import { userIdSchema } from "./schemas";

/**
 * Deactivates or reactivates an account. A deactivated account cannot log in and its open session
 * stops working at its next request; its history (who did what) stays.
 */
export const setActive = staffProcedure("user.manage")
  .input(z.object({ userId: userIdSchema, active: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const user = await loadOfficeStaff(ctx, input.userId);
    if (user.id === ctx.user.id && !input.active) {
      throw refuse("Anda tidak dapat menonaktifkan akun Anda sendiri. Minta administrator lain bila akun ini memang harus dinonaktifkan.");
    }
    await ctx.db.user.update({ where: { id: user.id }, data: { active: input.active } });
    return { id: user.id, active: input.active };
  });
