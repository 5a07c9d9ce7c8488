import { z } from "zod";
import { dayNumberToIsoDate, MS_PER_DAY, wallClockToInstant, zoneOffsetMs } from "../time/zoned-clock";

/** A reporting period as the office names it: local dates, both included. */
export interface Period {
  from: string;
  to: string;
}

export const PERIOD_PRESETS = ["WEEK", "MONTH", "YEAR"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const PERIOD_PRESET_LABELS: Record<PeriodPreset, string> = { WEEK: "Minggu ini", MONTH: "Bulan ini", YEAR: "Tahun ini" };

/** Longest period a report may span; longer asks are almost surely typing errors. */
export const MAX_PERIOD_DAYS = 366 * 5;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function dayNumberOf(isoDate: string): number | null {
  if (!ISO_DATE.test(isoDate)) return null;
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== isoDate) return null;
  return ms / MS_PER_DAY;
}

/** The local day number (days since 1970-01-01 on the zone's wall calendar) of an instant. */
export function localDayNumber(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  return Math.floor((ms + zoneOffsetMs(timeZone, ms)) / MS_PER_DAY);
}

export function localIsoDate(instant: Date, timeZone: string): string {
  return dayNumberToIsoDate(localDayNumber(instant, timeZone));
}

/** This week (Monday to today), this month or this year, up to and including today. */
export function presetPeriod(preset: PeriodPreset, now: Date, timeZone: string): Period {
  const today = localDayNumber(now, timeZone);
  const todayIso = dayNumberToIsoDate(today);
  if (preset === "WEEK") {
    const weekday = new Date(today * MS_PER_DAY).getUTCDay();
    return { from: dayNumberToIsoDate(today - ((weekday + 6) % 7)), to: todayIso };
  }
  if (preset === "MONTH") return { from: `${todayIso.slice(0, 7)}-01`, to: todayIso };
  return { from: `${todayIso.slice(0, 4)}-01-01`, to: todayIso };
}

/** A whole calendar month "YYYY-MM", for the monthly report. */
export function monthPeriod(month: string): Period | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** The instants the period covers: from local midnight of `from` up to (not including) the midnight after `to`. */
export function periodBounds(period: Period, timeZone: string): { start: Date; end: Date } {
  const from = dayNumberOf(period.from);
  const to = dayNumberOf(period.to);
  if (from === null || to === null) throw new RangeError(`Periode tidak sah: ${period.from}–${period.to}`);
  return { start: new Date(wallClockToInstant(timeZone, from, 0)), end: new Date(wallClockToInstant(timeZone, to + 1, 0)) };
}

export const periodSchema = z
  .object({
    from: z.string().refine((v) => dayNumberOf(v) !== null, "Tanggal awal tidak valid; tulis sebagai TTTT-BB-HH."),
    to: z.string().refine((v) => dayNumberOf(v) !== null, "Tanggal akhir tidak valid; tulis sebagai TTTT-BB-HH."),
  })
  .superRefine((period, ctx) => {
    const from = dayNumberOf(period.from);
    const to = dayNumberOf(period.to);
    if (from === null || to === null) return;
    if (to < from) ctx.addIssue({ code: "custom", path: ["to"], message: "Tanggal akhir tidak boleh sebelum tanggal awal." });
    else if (to - from + 1 > MAX_PERIOD_DAYS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "Periode paling panjang lima tahun." });
    }
  });
