import { staffProcedure } from "../../../trpc";
import { refuse } from "../shared";
import { officeSchema } from "./schemas";

const ZONE_LOCKED =
  "Zona waktu tidak dapat diubah setelah ada berkas yang diajukan: batas waktu, riwayat dan angka dasbor yang sudah tercatat dihitung pada zona ini.";

/**
 * Saves the office's names, kop lines, contacts and time zone. Letters already made keep the kop
 * they were printed with; the next letter uses the new one. The zone is set when the office is
 * set up: once files have been submitted, their deadlines and the dashboard's monthly figures are
 * counted on its clock, so it is refused rather than silently re-dating the record.
 */
export const update = staffProcedure("office.manage")
  .input(officeSchema)
  .mutation(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    return ctx.db.$transaction(async (tx) => {
      const before = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
      if (before.timeZone !== input.timeZone && (await tx.application.count({ where: { officeId, submittedAt: { not: null } } })) > 0) {
        throw refuse(ZONE_LOCKED, { timeZone: ZONE_LOCKED });
      }
      await tx.office.update({ where: { id: officeId }, data: input });
      return { saved: true };
    });
  });
