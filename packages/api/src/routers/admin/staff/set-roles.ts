import { z } from "zod";
import { ROLE_LABELS } from "@perizinan/domain";
import { staffProcedure } from "../../../trpc";
import { refuse } from "../shared";
import { loadOfficeStaff } from "./load";
import { staffRolesSchema, userIdSchema } from "./schemas";

/**
 * Gives and takes roles: the account ends up holding exactly `roles`. Roles it keeps keep their
 * grant date. The change counts from the account's next request (the context reloads roles).
 */
export const setRoles = staffProcedure("user.manage")
  .input(z.object({ userId: userIdSchema, roles: staffRolesSchema }))
  .mutation(async ({ ctx, input }) => {
    const user = await loadOfficeStaff(ctx, input.userId);
    if (user.id === ctx.user.id && !input.roles.includes("ADMIN")) {
      throw refuse(
        `Anda tidak dapat mencabut peran ${ROLE_LABELS.ADMIN} dari akun Anda sendiri. Minta administrator lain bila peran itu memang harus dicabut.`,
        { roles: "Peran Administrator Sistem pada akun Anda sendiri tidak dapat dicabut." },
      );
    }
    const held = user.roles.map((r) => r.role);
    const taken = held.filter((r) => !input.roles.includes(r));
    const given = input.roles.filter((r) => !held.includes(r));
    await ctx.db.$transaction([
      ctx.db.userRole.deleteMany({ where: { userId: user.id, role: { in: taken } } }),
      ctx.db.userRole.createMany({ data: given.map((role) => ({ userId: user.id, role })), skipDuplicates: true }),
    ]);
    return { roles: input.roles, given, taken };
  });
