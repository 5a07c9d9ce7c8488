import { permissionsOf, ROLE_LABELS } from "@perizinan/domain";
import { staffProcedure } from "../../trpc";

export const staffProfile = staffProcedure("account.self").query(async ({ ctx }) => {
  const user = await ctx.db.user.findUniqueOrThrow({
    where: { id: ctx.user.id },
    select: { id: true, name: true, username: true, nip: true, jobTitle: true, office: { select: { shortName: true } } },
  });
  return {
    ...user,
    roles: ctx.user.roles.map((role) => ({ role, label: ROLE_LABELS[role] })),
    // For showing only what the user may use; every procedure still checks for itself.
    permissions: permissionsOf(ctx.user),
  };
});
