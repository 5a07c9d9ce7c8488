import { z } from "zod";
import { recomputeOpenDeadlines, refreshStatsAroundDate } from "@perizinan/db/files";
import { staffProcedure } from "../../../trpc";
import { isRealIsoDate, isUniqueViolation, refuse } from "../shared";

/** A busy office re-derives a thousand files for one holiday: seconds, not Prisma's default five. */
export const HOLIDAY_TRANSACTION = { maxWait: 15_000, timeout: 300_000 } as const;

export const holidaySchema = z.object({
  date: z
    .string({ error: "Tanggal wajib diisi." })
    .trim()
    .refine(isRealIsoDate, "Tanggal tidak valid; tulis sebagai TTTT-BB-HH, misalnya 2026-12-24."),
  name: z.string({ error: "Nama hari libur wajib diisi." }).trim().min(1, "Nama hari libur wajib diisi.").max(120, "Nama hari libur terlalu panjang."),
});

/**
 * Adds a holiday (a national holiday or cuti bersama) to the office's calendar. The stored due
 * dates of files in progress are recomputed in the same transaction, so worklists never drift
 * from the calendar; so are the dashboard figures of every file that was in the office that day.
 */
export const add = staffProcedure("calendar.manage")
  .input(holidaySchema)
  .mutation(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    const existing = await ctx.db.holiday.findUnique({ where: { officeId_date: { officeId, date: input.date } } });
    const taken = () => {
      const message = `Tanggal ${input.date} sudah tercatat sebagai hari libur${existing ? ` (${existing.name})` : ""}.`;
      return refuse(message, { date: message });
    };
    if (existing) throw taken();
    try {
      return await ctx.db.$transaction(async (tx) => {
        const holiday = await tx.holiday.create({ data: { officeId, date: input.date, name: input.name }, select: { id: true, date: true, name: true } });
        await recomputeOpenDeadlines(tx, officeId);
        await refreshStatsAroundDate(tx, officeId, input.date);
        return holiday;
      }, HOLIDAY_TRANSACTION);
    } catch (error) {
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
  });
