import { z } from "zod";
import { DAYS_ID, formatDayHours, type SpecialHours, type WorkingCalendar, type WorkingInterval } from "@perizinan/domain";
import { staffProcedure } from "../../../trpc";

/** The working week as an Indonesian reader lists it: Monday first. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** The office's holidays of one year, its working week and its runs of special hours. */
export const list = staffProcedure("calendar.manage")
  .input(z.object({ year: z.number().int().min(2000).max(2100) }))
  .query(async ({ ctx, input }) => {
    const [office, holidays] = await Promise.all([
      ctx.db.office.findUniqueOrThrow({ where: { id: ctx.user.officeId }, select: { timeZone: true, workingWeek: true, specialHours: true } }),
      ctx.db.holiday.findMany({
        where: { officeId: ctx.user.officeId, date: { startsWith: `${input.year}-` } },
        select: { id: true, date: true, name: true },
        orderBy: { date: "asc" },
      }),
    ]);
    const week = office.workingWeek as unknown as WorkingCalendar["week"];
    return {
      year: input.year,
      timeZone: office.timeZone,
      holidays,
      /** Every run of special hours (not only this year's: a run may cross the new year). */
      specialHours: (office.specialHours as unknown as SpecialHours[]).map((r) => ({
        name: r.name,
        from: r.from,
        to: r.to,
        days: WEEK_ORDER.map((day) => ({ day, label: DAYS_ID[day], hours: formatDayHours(r.week[day] ?? []) })),
      })),
      /** The usual hours as the special-hours form starts them, Sunday first. */
      usualDays: ([0, 1, 2, 3, 4, 5, 6] as const).map((day) => formatDayHours(week[day] ?? [])),
      week: WEEK_ORDER.map((day) => {
        const intervals: WorkingInterval[] = week[day] ?? [];
        return { day, label: DAYS_ID[day], intervals: intervals.map((i) => `${i.start}–${i.end}`) };
      }),
    };
  });
