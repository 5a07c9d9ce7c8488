import { z } from "zod";
import { DAYS_ID, formatDayHours, localIsoDate, usualWeekOn, type DatedWeek, type SpecialHours, type Weekday, type WorkingCalendar, type WorkingInterval } from "@perizinan/domain";
import { staffProcedure } from "../../../trpc";

/** The working week as an Indonesian reader lists it: Monday first. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
const SUNDAY_FIRST = [0, 1, 2, 3, 4, 5, 6] as const;

type Week = Record<Weekday, WorkingInterval[]>;
const daysOf = (week: Week) => WEEK_ORDER.map((day) => ({ day, label: DAYS_ID[day], hours: formatDayHours(week[day] ?? []) }));

/** The office's holidays of one year, its working week (in force today, and dated changes) and its runs of special hours. */
export const list = staffProcedure("calendar.manage")
  .input(z.object({ year: z.number().int().min(2000).max(2100) }))
  .query(async ({ ctx, input }) => {
    const [office, holidays] = await Promise.all([
      ctx.db.office.findUniqueOrThrow({ where: { id: ctx.user.officeId }, select: { timeZone: true, workingWeek: true, specialHours: true, weekChanges: true } }),
      ctx.db.holiday.findMany({
        where: { officeId: ctx.user.officeId, date: { startsWith: `${input.year}-` } },
        select: { id: true, date: true, name: true },
        orderBy: { date: "asc" },
      }),
    ]);
    const calendar: WorkingCalendar = {
      timeZone: office.timeZone,
      week: office.workingWeek as unknown as Week,
      holidays: [],
      weekChanges: office.weekChanges as unknown as DatedWeek[],
    };
    const today = localIsoDate(new Date(), office.timeZone);
    const week = usualWeekOn(calendar, today);
    const changes = calendar.weekChanges ?? [];
    const inForceSince = [...changes].reverse().find((c) => c.from <= today)?.from ?? null;
    return {
      year: input.year,
      timeZone: office.timeZone,
      today,
      holidays,
      /** Every run of special hours (not only this year's: a run may cross the new year). */
      specialHours: (office.specialHours as unknown as SpecialHours[]).map((r) => ({ name: r.name, from: r.from, to: r.to, days: daysOf(r.week) })),
      /** The usual hours in force today, as the calendar forms start them, Sunday first. */
      usualDays: SUNDAY_FIRST.map((day) => formatDayHours(week[day] ?? [])),
      /** The date the week in force today took effect; null: the office's first week. */
      inForceSince,
      // As Indonesian writes a time of day: 08.00–16.00.
      week: WEEK_ORDER.map((day) => ({ day, label: DAYS_ID[day], intervals: (week[day] ?? []).map((i) => formatDayHours([i])) })),
      /** Every dated change, past ones too (the record of when the hours were what); `upcoming` may still be cancelled. */
      weekChanges: changes.map((c) => ({ from: c.from, note: c.note ?? "", upcoming: c.from > today, days: daysOf(c.week) })),
    };
  });
