import { z } from "zod";
import { formatWorkingDuration, ROLE_LABELS, sopDefinitionSchema, sopTotals, STATUS_LABELS } from "@perizinan/domain";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";

/**
 * One SOP version as the office's document shows it: No, Kegiatan, Pelaksana, Kelengkapan, Waktu,
 * Output — with each step's note on how its role was read, and the standard time of each path.
 */
export const get = staffProcedure("sop.view")
  .input(z.object({ id: z.string().min(1).max(60) }))
  .query(async ({ ctx, input }) => {
    const row = await ctx.db.sopVersion.findFirst({
      where: { id: input.id, officeId: ctx.user.officeId },
      include: { permitType: { select: { id: true, name: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", "Versi SOP tidak ditemukan.");
    const [latest, publisher] = await Promise.all([
      ctx.db.sopVersion.findFirstOrThrow({ where: { permitTypeId: row.permitTypeId }, orderBy: { version: "desc" }, select: { version: true } }),
      row.publishedById ? ctx.db.user.findUnique({ where: { id: row.publishedById }, select: { name: true } }) : null,
    ]);
    const sop = sopDefinitionSchema.parse(row.definition);
    const totals = sopTotals(sop);
    return {
      id: row.id,
      permitTypeId: row.permitType.id,
      permitTypeName: row.permitType.name,
      version: row.version,
      latestVersion: latest.version,
      isLatest: latest.version === row.version,
      publishedAt: row.publishedAt,
      publishedByName: publisher?.name ?? null,
      code: sop.code,
      title: sop.title,
      documentNumber: sop.documentNumber,
      legalBasis: sop.legalBasis,
      approvedBy: sop.approvedBy ?? null,
      notes: sop.notes ?? [],
      steps: sop.steps.map((s) => ({
        no: s.no,
        activity: s.activity,
        role: s.role,
        roleLabel: ROLE_LABELS[s.role],
        inputs: s.inputs,
        standardMinutes: s.standardMinutes,
        duration: formatWorkingDuration(s.standardMinutes),
        output: s.output,
        roleReadingNote: s.roleReadingNote ?? null,
      })),
      totals: {
        issuedPathMinutes: totals.issuedPathMinutes,
        rejectedPathMinutes: totals.rejectedPathMinutes,
        paths: totals.paths.map((p) => ({
          end: p.end,
          endLabel: STATUS_LABELS[p.end],
          steps: p.steps,
          standardMinutes: p.standardMinutes,
          duration: formatWorkingDuration(p.standardMinutes),
        })),
      },
    };
  });
