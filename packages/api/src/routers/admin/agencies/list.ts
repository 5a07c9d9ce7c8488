import { staffProcedure } from "../../../trpc";

/**
 * The office's technical agencies with their Tim Teknis members, the office's Tim Teknis staff
 * to choose members from, and which permit types name each agency (newest published version, or
 * the open draft).
 */
export const list = staffProcedure("office.manage").query(async ({ ctx }) => {
  const officeId = ctx.user.officeId;
  const [agencies, team, versions] = await Promise.all([
    ctx.db.technicalAgency.findMany({
      where: { officeId },
      include: { members: { where: { active: true }, select: { id: true, name: true, jobTitle: true }, orderBy: { name: "asc" } } },
      orderBy: { name: "asc" },
    }),
    ctx.db.user.findMany({
      where: { officeId, kind: "STAFF", active: true, roles: { some: { role: "TIM_TEKNIS" } } },
      select: { id: true, name: true, jobTitle: true, technicalAgencyId: true },
      orderBy: { name: "asc" },
    }),
    ctx.db.permitTypeVersion.findMany({
      where: { permitType: { officeId } },
      select: { permitTypeId: true, version: true, status: true, definition: true, permitType: { select: { name: true } } },
      orderBy: { version: "desc" },
    }),
  ]);
  // Each type's newest version (a draft is newer than what it will replace).
  const newest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) if (!newest.has(v.permitTypeId)) newest.set(v.permitTypeId, v);
  const usedBy = (code: string) =>
    [...newest.values()].filter((v) => (v.definition as { technicalAgency?: string | null }).technicalAgency === code).map((v) => v.permitType.name).sort();
  return {
    agencies: agencies.map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      governmentName: a.governmentName,
      address: a.address,
      city: a.city,
      phone: a.phone,
      email: a.email,
      members: a.members,
      permitTypes: usedBy(a.code),
    })),
    team,
  };
});
