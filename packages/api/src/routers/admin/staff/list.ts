import { ROLE_LABELS, STAFF_ROLES } from "@perizinan/domain";
import { staffProcedure } from "../../../trpc";

/** The office's staff accounts, active ones first. */
export const list = staffProcedure("user.manage").query(async ({ ctx }) => {
  const users = await ctx.db.user.findMany({
    where: { officeId: ctx.user.officeId, kind: "STAFF" },
    include: { roles: true, technicalAgency: { select: { name: true } } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    username: u.username,
    nip: u.nip,
    jobTitle: u.jobTitle,
    active: u.active,
    isSelf: u.id === ctx.user.id,
    /** The technical agency a Tim Teknis member assesses for (Administrasi → Instansi Teknis). */
    agencyName: u.technicalAgency?.name ?? null,
    roles: STAFF_ROLES.filter((r) => u.roles.some((x) => x.role === r)).map((role) => ({ role, label: ROLE_LABELS[role] })),
  }));
});
