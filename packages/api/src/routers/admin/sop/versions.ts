import { staffProcedure } from "../../../trpc";

/** Every published SOP version of the office, per permit type, newest first. */
export const versions = staffProcedure("sop.view").query(async ({ ctx }) => {
  const officeId = ctx.user.officeId;
  const [types, open] = await Promise.all([
    ctx.db.permitType.findMany({
      where: { officeId },
      include: { sopVersions: { orderBy: { version: "desc" }, include: { _count: { select: { applications: true } } } } },
      orderBy: { name: "asc" },
    }),
    ctx.db.application.groupBy({ by: ["sopVersionId"], where: { officeId, status: { in: ["DRAFT", "IN_PROGRESS", "RETURNED"] } }, _count: { _all: true } }),
  ]);
  const publisherIds = [...new Set(types.flatMap((t) => t.sopVersions.map((v) => v.publishedById)).filter((id): id is string => !!id))];
  const publishers = await ctx.db.user.findMany({ where: { id: { in: publisherIds } }, select: { id: true, name: true } });
  return types.map((t) => ({
    id: t.id,
    name: t.name,
    code: t.code,
    versions: t.sopVersions.map((v, index) => ({
      id: v.id,
      code: v.code,
      version: v.version,
      isLatest: index === 0,
      publishedAt: v.publishedAt,
      publishedByName: publishers.find((p) => p.id === v.publishedById)?.name ?? null,
      files: v._count.applications,
      openFiles: open.find((o) => o.sopVersionId === v.id)?._count._all ?? 0,
    })),
  }));
});
