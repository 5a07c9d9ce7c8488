import { z } from "zod";
import { sopDefinitionSchema, validateSop, type SopDefinition } from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { isUniqueViolation } from "../shared";

/**
 * A step as the administrator edited it. Deliberately loose: whatever is wrong (a role that may
 * not act, a standard time of 0, an empty text) is found by the domain's validateSop, which lists
 * every problem at once.
 */
const stepChange = z.object({
  no: z.number().int(),
  role: z.string().max(40),
  standardMinutes: z.number(),
  activity: z.string().max(500),
  output: z.string().max(500),
  /** The office has confirmed the role reading: the step's reading note is dropped. */
  confirmRoleReading: z.boolean().optional(),
});

export const publishSopSchema = z.object({
  permitTypeId: z.string().min(1).max(60),
  /** The version the form was filled from; a newer one published meanwhile is a conflict. */
  basedOnVersion: z.number().int().min(1),
  steps: z.array(stepChange).max(200),
});

function refusal(problems: string[]): AppError {
  const message = `SOP tidak dapat diterbitkan. Perbaiki ${problems.length} masalah berikut: ${problems.map((p, i) => `(${i + 1}) ${p}`).join("; ")}`;
  return new AppError("INVALID_INPUT", message, Object.fromEntries(problems.map((p, i) => [`sop.${i + 1}`, p])));
}

/**
 * Publishes a new SOP version: the latest version's definition with the administrator's changes
 * to steps (role, standard time, activity, output), checked by validateSop as version latest + 1.
 * Files already under way keep the version they started under; new drafts take this one.
 */
export const publish = staffProcedure("sop.manage")
  .input(publishSopSchema)
  .mutation(async ({ ctx, input }) => {
    const latest = await ctx.db.sopVersion.findFirst({
      where: { permitTypeId: input.permitTypeId, officeId: ctx.user.officeId },
      orderBy: { version: "desc" },
    });
    if (!latest) throw new AppError("NOT_FOUND", "Jenis izin atau SOP-nya tidak ditemukan.");
    if (latest.version !== input.basedOnVersion) {
      throw new AppError(
        "STALE_VERSION",
        `Sementara Anda mengubah SOP, versi ${latest.version} telah diterbitkan. Muat ulang halaman lalu ulangi perubahan Anda.`,
      );
    }
    const base = sopDefinitionSchema.parse(latest.definition);
    const problems: string[] = [];
    const seen = new Set<number>();
    const steps = base.steps.map((s) => ({ ...s }));
    for (const change of input.steps) {
      const step = steps.find((s) => s.no === change.no);
      if (!step) {
        problems.push(`Langkah ${change.no} tidak ada pada SOP versi ${latest.version}`);
        continue;
      }
      if (seen.has(change.no)) problems.push(`Langkah ${change.no} diubah lebih dari sekali dalam satu permintaan`);
      seen.add(change.no);
      Object.assign(step, {
        role: change.role,
        standardMinutes: change.standardMinutes,
        activity: change.activity,
        output: change.output,
      });
      if (change.confirmRoleReading) delete step.roleReadingNote;
    }
    const candidate: SopDefinition = { ...base, version: latest.version + 1, steps };
    const checked = validateSop(candidate);
    if (!checked.ok) problems.push(...checked.problems);
    if (problems.length) throw refusal(problems);

    const unchanged = JSON.stringify({ ...base, version: 0 }) === JSON.stringify({ ...candidate, version: 0 });
    if (unchanged) throw refusal([`Tidak ada perubahan dibanding versi ${latest.version}; tidak ada yang perlu diterbitkan`]);

    const sop = (checked as { ok: true; sop: SopDefinition }).sop;
    try {
      const created = await ctx.db.sopVersion.create({
        data: {
          officeId: latest.officeId,
          permitTypeId: latest.permitTypeId,
          code: sop.code,
          version: sop.version,
          definition: sop as unknown as Prisma.InputJsonValue,
          publishedById: ctx.user.id,
        },
        select: { id: true, version: true, publishedAt: true },
      });
      return created;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError("STALE_VERSION", "Versi SOP yang sama baru saja diterbitkan oleh administrator lain. Muat ulang halaman lalu periksa kembali.");
      }
      throw error;
    }
  });
