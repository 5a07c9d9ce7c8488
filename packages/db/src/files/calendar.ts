import type { DatedWeek, SpecialHours, WorkingCalendar } from "@perizinan/domain";
import type { Db } from "../client";

type Reader = Pick<Db, "office" | "holiday">;

/** The office's working calendar: its week (and its dated changes) and time zone, with the holidays the ADMIN keeps. */
export async function loadCalendar(db: Reader, officeId: string): Promise<WorkingCalendar> {
  const [office, holidays] = await Promise.all([
    db.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true, workingWeek: true, specialHours: true, weekChanges: true } }),
    db.holiday.findMany({ where: { officeId }, select: { date: true }, orderBy: { date: "asc" } }),
  ]);
  return {
    timeZone: office.timeZone,
    week: office.workingWeek as unknown as WorkingCalendar["week"],
    holidays: holidays.map((h) => h.date),
    special: office.specialHours as unknown as SpecialHours[],
    weekChanges: office.weekChanges as unknown as DatedWeek[],
  };
}
