import { z } from "zod";
import { parseDayHours, type Weekday, type WorkingInterval } from "@perizinan/domain";
import { refuse } from "./shared";

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const satisfies readonly Weekday[];

/** Each weekday's hours as typed, Sunday first: "08.00–15.00", "08.00–11.30, 13.00–15.30", "libur". */
export const typedWeekInput = z.array(z.string().max(120)).length(7);

/** A week as typed into the calendar forms, read day by day; a day that cannot be read is refused at its field. */
export function readTypedWeek(days: readonly string[]): Record<Weekday, WorkingInterval[]> {
  const fieldErrors: Record<string, string> = {};
  const week = {} as Record<Weekday, WorkingInterval[]>;
  for (const day of WEEKDAYS) {
    const read = parseDayHours(days[day] ?? "");
    if (read.ok) week[day] = read.intervals;
    else fieldErrors[`days.${day}`] = read.message;
  }
  if (Object.keys(fieldErrors).length > 0) throw refuse("Periksa jam kerja yang ditandai.", fieldErrors);
  return week;
}

/** Which field of a calendar form a domain problem is about ("… Hari 3: …" is Wednesday's). */
export function dayFieldOf(problem: string): string | null {
  const match = /Hari (\d)/.exec(problem);
  return match ? `days.${match[1]}` : null;
}
