import { staffProcedure } from "../../../trpc";
import { MEGABYTE } from "../shared";

/**
 * The office's permit types with every requirement, inactive ones included, the newest published
 * version's number (null before the first) and whether a draft is open.
 */
export const list = staffProcedure("permitType.manage").query(async ({ ctx }) => {
  const types = await ctx.db.permitType.findMany({
    where: { officeId: ctx.user.officeId },
    include: {
      requirements: { orderBy: { position: "asc" }, include: { _count: { select: { documents: true } } } },
      versions: { select: { version: true, status: true } },
    },
    orderBy: { name: "asc" },
  });
  return types.map((t) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    shortName: t.shortName,
    active: t.active,
    publishedVersion: t.versions.filter((v) => v.status === "PUBLISHED").reduce<number | null>((max, v) => (max === null || v.version > max ? v.version : max), null),
    draftOpen: t.versions.some((v) => v.status === "DRAFT"),
    requirements: t.requirements.map((r) => ({
      id: r.id,
      code: r.code,
      position: r.position,
      name: r.name,
      description: r.description,
      maxMb: Math.round((r.maxBytes / MEGABYTE) * 10) / 10,
      mimeTypes: r.mimeTypes,
      required: r.required,
      active: r.active,
      uploadedDocuments: r._count.documents,
    })),
  }));
});
