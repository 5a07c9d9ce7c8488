import { z } from "zod";
import type { Db } from "@perizinan/db";
import { loadCalendar } from "@perizinan/db/files";
import { periodBounds, periodSchema, type Period, type WorkingCalendar } from "@perizinan/domain";
import { AppError } from "../errors";

export const dashboardInput = z.object({
  period: periodSchema,
  /** One permit type, or all of the office's. */
  permitTypeId: z.string().min(1).max(60).nullish(),
});
export type DashboardInput = z.infer<typeof dashboardInput>;

/** Everything a dashboard query needs to know about what it is asked. */
export interface DashboardScope {
  officeId: string;
  timeZone: string;
  calendar: WorkingCalendar;
  period: Period;
  start: Date;
  end: Date;
  permitTypeId: string | null;
  /** The moment "now" figures (backlog, overdue) are read at. */
  now: Date;
}

export async function resolveScope(db: Db, officeId: string, input: DashboardInput, now = new Date()): Promise<DashboardScope> {
  const permitTypeId = input.permitTypeId ?? null;
  if (permitTypeId) {
    const known = await db.permitType.findFirst({ where: { id: permitTypeId, officeId }, select: { id: true } });
    if (!known) throw new AppError("NOT_FOUND", "Jenis izin tidak ditemukan di kantor ini.");
  }
  const calendar = await loadCalendar(db, officeId);
  const { start, end } = periodBounds(input.period, calendar.timeZone);
  return { officeId, timeZone: calendar.timeZone, calendar, period: input.period, start, end, permitTypeId, now };
}
