import { z } from "zod";
import { ROLE_LABELS, sopDefinitionSchema, sopTotals } from "@perizinan/domain";
import { publicProcedure } from "../../trpc";

/**
 * Public service information, generated from the SOP data and the permit type's requirements —
 * never hand-written, so it cannot drift from what the office actually does.
 */
export const permitTypes = publicProcedure.input(z.object({}).optional()).query(async ({ ctx }) => {
  const types = await ctx.db.permitType.findMany({
    where: { active: true },
    include: {
      office: true,
      requirements: { where: { active: true }, orderBy: { position: "asc" } },
      sopVersions: { orderBy: { version: "desc" }, take: 1 },
    },
    orderBy: { name: "asc" },
  });
  return types.flatMap((type) => {
    const current = type.sopVersions[0];
    if (!current) return [];
    const sop = sopDefinitionSchema.parse(current.definition);
    const totals = sopTotals(sop);
    return [
      {
        code: type.code,
        name: type.name,
        shortName: type.shortName,
        description: type.description,
        feeRupiah: type.feeRupiah,
        legalBasis: type.legalBasis,
        office: { name: type.office.name, shortName: type.office.shortName, complaintChannel: type.office.complaintChannel },
        requirements: type.requirements.map((r) => ({
          code: r.code,
          name: r.name,
          description: r.description,
          maxBytes: r.maxBytes,
          mimeTypes: r.mimeTypes,
        })),
        sop: {
          code: sop.code,
          version: sop.version,
          documentNumber: sop.documentNumber,
          legalBasis: sop.legalBasis,
          steps: sop.steps.map((s) => ({
            no: s.no,
            activity: s.activity,
            role: s.role,
            roleLabel: ROLE_LABELS[s.role],
            standardMinutes: s.standardMinutes,
            output: s.output,
          })),
          totals,
        },
      },
    ];
  });
});
