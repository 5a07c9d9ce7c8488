import { z } from "zod";
import { localIsoDate, validateCalendar, type DatedWeek } from "@perizinan/domain";
import { loadCalendar, recomputeOpenDeadlines } from "@perizinan/db/files";
import type { Prisma } from "@perizinan/db";
import { AppError } from "../../../errors";
import { staffProcedure } from "../../../trpc";
import { HOLIDAY_TRANSACTION } from "../holidays/add";
import { isRealIsoDate, refuse } from "../shared";
import { dayFieldOf, readTypedWeek, typedWeekInput } from "../week-input";

/**
 * The usual week changes only from a date still to come ("berlaku mulai"): the days already
 * worked, and today, keep the hours their stays were timed by, so no figure already counted moves.
 * Open files' due dates that reach past the date follow in the same transaction.
 */
export const scheduleInput = z.object({
  from: z.string({ error: "Tanggal berlaku wajib diisi." }).trim(),
  note: z.string().trim().max(200, "Keterangan paling banyak 200 karakter.").default(""),
  days: typedWeekInput,
});

async function saveChanges(tx: Prisma.TransactionClient, officeId: string, changes: DatedWeek[]) {
  await tx.office.update({ where: { id: officeId }, data: { weekChanges: changes as unknown as Prisma.InputJsonValue } });
  await recomputeOpenDeadlines(tx, officeId);
}

function officeToday(timeZone: string): string {
  return localIsoDate(new Date(), timeZone);
}

export const schedule = staffProcedure("calendar.manage")
  .input(scheduleInput)
  .mutation(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    if (!isRealIsoDate(input.from)) throw refuse("Tanggal berlaku tidak sah.", { from: "Isi tanggal berlaku, misalnya 2027-01-04." });
    const week = readTypedWeek(input.days);
    return ctx.db.$transaction(async (tx) => {
      const calendar = await loadCalendar(tx, officeId);
      const today = officeToday(calendar.timeZone);
      if (input.from <= today) {
        throw refuse("Jam kerja biasa tidak dapat diubah surut.", {
          from: `Perubahan paling cepat berlaku besok: hari yang sudah berjalan (sampai ${today}) tetap dihitung dengan jam lamanya.`,
        });
      }
      const earlier = calendar.weekChanges ?? [];
      if (earlier.some((c) => c.from === input.from)) {
        throw refuse("Sudah ada perubahan jam kerja yang berlaku mulai tanggal itu.", { from: "Batalkan perubahan yang ada dulu, atau pilih tanggal lain." });
      }
      const change: DatedWeek = { from: input.from, week, ...(input.note ? { note: input.note } : {}) };
      const changes = [...earlier, change].sort((a, b) => a.from.localeCompare(b.from));
      const checked = validateCalendar({ ...calendar, weekChanges: changes });
      if (!checked.ok) {
        const errors: Record<string, string> = {};
        for (const problem of checked.problems) errors[dayFieldOf(problem) ?? "from"] ??= problem.replace(/^Jam kerja mulai \S+: /, "");
        throw refuse(checked.problems.join(" · "), errors);
      }
      await saveChanges(tx, officeId, changes);
      return change;
    }, HOLIDAY_TRANSACTION);
  });

/** Cancels a change not yet in force; one already in force is history and stays. */
export const cancel = staffProcedure("calendar.manage")
  .input(z.object({ from: z.string().trim().min(1).max(10) }))
  .mutation(async ({ ctx, input }) => {
    const officeId = ctx.user.officeId;
    return ctx.db.$transaction(async (tx) => {
      const calendar = await loadCalendar(tx, officeId);
      const change = calendar.weekChanges?.find((c) => c.from === input.from);
      if (!change) throw new AppError("NOT_FOUND", "Perubahan jam kerja tidak ditemukan.");
      if (change.from <= officeToday(calendar.timeZone)) {
        throw refuse("Perubahan jam kerja yang sudah berlaku tidak dapat dibatalkan; jadwalkan perubahan baru bila jam kerja berubah lagi.");
      }
      await saveChanges(tx, officeId, (calendar.weekChanges ?? []).filter((c) => c !== change));
      return { from: change.from };
    }, HOLIDAY_TRANSACTION);
  });
