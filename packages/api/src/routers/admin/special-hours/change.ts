import { z } from "zod";
import { validateCalendar, type SpecialHours } from "@perizinan/domain";
import { loadCalendar, recomputeOpenDeadlines, refreshStatsInPeriod } from "@perizinan/db/files";
import type { Prisma } from "@perizinan/db";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { HOLIDAY_TRANSACTION } from "../holidays/add";
import { refuse } from "../shared";
import { dayFieldOf, readTypedWeek, typedWeekInput } from "../week-input";

export const specialHoursInput = z.object({
  name: z.string({ error: "Nama wajib diisi." }).trim().min(1, "Nama wajib diisi, misalnya Ramadan 1448 H.").max(80, "Nama paling banyak 80 karakter."),
  from: z.string({ error: "Tanggal mulai wajib diisi." }).trim(),
  to: z.string({ error: "Tanggal selesai wajib diisi." }).trim(),
  days: typedWeekInput,
});

/** Which field a calendar problem is about, for the form to mark it. */
function fieldOf(problem: string): string {
  const day = dayFieldOf(problem);
  if (day) return day;
  if (/tanggal selesai/.test(problem) && !/tanggal mulai/.test(problem)) return "to";
  if (/nama wajib/.test(problem)) return "name";
  return "from";
}

async function saveSpecial(tx: Prisma.TransactionClient, officeId: string, special: SpecialHours[], touched: { from: string; to: string }) {
  await tx.office.update({ where: { id: officeId }, data: { specialHours: special as unknown as Prisma.InputJsonValue } });
  await recomputeOpenDeadlines(tx, officeId);
  await refreshStatsInPeriod(tx, officeId, touched.from, touched.to);
}

/**
 * Adds a run of dates with their own hours (Ramadan, a regional decree). Each day's hours are read
 * as typed; the whole calendar is then checked by the domain, so an overlap or a bad date is
 * refused with every problem named and nothing changed. Open files' due dates and the dashboard
 * figures of those dates follow in the same transaction.
 */
export const add = staffProcedure("calendar.manage")
  .input(specialHoursInput)
  .mutation(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    const week = readTypedWeek(input.days);
    const range: SpecialHours = { name: input.name, from: input.from, to: input.to, week };
    return ctx.db.$transaction(async (tx) => {
      const calendar = await loadCalendar(tx, officeId);
      const special = [...(calendar.special ?? []), range].sort((a, b) => a.from.localeCompare(b.from));
      const checked = validateCalendar({ ...calendar, special });
      if (!checked.ok) {
        const errors: Record<string, string> = {};
        for (const problem of checked.problems) errors[fieldOf(problem)] ??= problem.replace(/^Jam kerja khusus \d+( \([^)]*\))?: /, "");
        throw refuse(checked.problems.join(" · "), errors);
      }
      await saveSpecial(tx, officeId, special, range);
      return range;
    }, HOLIDAY_TRANSACTION);
  });

/** Removes a run of special hours (named by its first date: runs never overlap). */
export const remove = staffProcedure("calendar.manage")
  .input(z.object({ from: z.string().trim().min(1).max(10) }))
  .mutation(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    return ctx.db.$transaction(async (tx) => {
      const calendar = await loadCalendar(tx, officeId);
      const range = calendar.special?.find((r) => r.from === input.from);
      if (!range) throw new AppError("NOT_FOUND", "Jam kerja khusus tidak ditemukan.");
      await saveSpecial(tx, officeId, (calendar.special ?? []).filter((r) => r !== range), range);
      return { from: range.from };
    }, HOLIDAY_TRANSACTION);
  });
