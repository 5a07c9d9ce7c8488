import { z } from "zod";
import {
  dayNumberToIsoDate,
  isKnownTimeZone,
  MS_PER_DAY,
  wallClockToInstant,
  weekdayOf,
} from "./zoned-clock";

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type WorkingInterval = { start: string; end: string };

/**
 * Working hours that replace the usual week for a run of local dates (both ends included): the
 * shorter hours of Ramadan, a regional decree. A holiday inside the run is still a holiday.
 */
export interface SpecialHours {
  name: string;
  /** "YYYY-MM-DD", first local date. */
  from: string;
  /** "YYYY-MM-DD", last local date. */
  to: string;
  week: Record<Weekday, WorkingInterval[]>;
}

/**
 * The usual week as changed from a local date on ("berlaku mulai"): every day from `from` until
 * the next change reads this week instead of the one before. Dated, never edited in place, so a
 * change of hours does not re-time the days already worked under the old ones.
 */
export interface DatedWeek {
  /** "YYYY-MM-DD", the first local date the week applies to. */
  from: string;
  week: Record<Weekday, WorkingInterval[]>;
  /** Why the hours changed (a regent's decree), as the office records it. */
  note?: string;
}

export interface WorkingCalendar {
  /** IANA zone whose wall clock the hours are read in, e.g. "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA). */
  timeZone: string;
  /** Working intervals per weekday (0 = Sunday), local "HH:MM"; several per day allow breaks. */
  week: Record<Weekday, WorkingInterval[]>;
  /** Local dates "YYYY-MM-DD" with no work: national holidays and cuti bersama. */
  holidays: string[];
  /** Date ranges with their own hours (none by default); they may not overlap. */
  special?: SpecialHours[];
  /** Later usual weeks, each from its date on; `week` is the one before the first. In date order. */
  weekChanges?: DatedWeek[];
}

const MS_PER_MINUTE = 60_000;
const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
/** A calendar that yields no working time for this long is surely misconfigured; stop rather than spin. */
const MAX_IDLE_DAYS = 366 * 5;

export function defaultCalendar(holidays: string[] = []): WorkingCalendar {
  const office: WorkingInterval[] = [{ start: "08:00", end: "16:00" }];
  return {
    timeZone: "Asia/Jakarta",
    week: { 0: [], 1: office, 2: office, 3: office, 4: office, 5: office, 6: [] },
    holidays: [...holidays],
  };
}

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function clockMinutes(value: string): number | null {
  const match = CLOCK.exec(value);
  if (!match) return null;
  const hours = Number(match[1] ?? match[3]);
  const minutes = Number(match[2] ?? match[4]);
  return hours * 60 + minutes;
}

function isRealDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

const interval = z.object({ start: z.string(), end: z.string() });
const weekSchema = z.object({
  0: z.array(interval),
  1: z.array(interval),
  2: z.array(interval),
  3: z.array(interval),
  4: z.array(interval),
  5: z.array(interval),
  6: z.array(interval),
});

export const workingCalendarSchema: z.ZodType<WorkingCalendar> = z.object({
  timeZone: z.string(),
  week: weekSchema,
  holidays: z.array(z.string()),
  special: z.array(z.object({ name: z.string(), from: z.string(), to: z.string(), week: weekSchema })).optional(),
  weekChanges: z.array(z.object({ from: z.string(), week: weekSchema, note: z.string().optional() })).optional(),
});

/** Problems of one week's hours; `where` names the week in the message ("" for the usual one). */
function weekProblems(week: Record<Weekday, WorkingInterval[]>, where: string): string[] {
  const problems: string[] = [];
  for (const day of WEEKDAYS) {
    for (const { start, end } of week[day]) {
      const from = clockMinutes(start);
      const to = clockMinutes(end);
      if (from === null || to === null) problems.push(`${where}Hari ${day}: jam "${start}"–"${end}" harus berformat HH:MM`);
      else if (from >= to) problems.push(`${where}Hari ${day}: jam mulai ${start} harus sebelum jam selesai ${end}`);
    }
  }
  return problems;
}

function specialProblems(special: readonly SpecialHours[]): string[] {
  const problems: string[] = [];
  special.forEach((range, i) => {
    const where = `Jam kerja khusus ${i + 1}${range.name.trim() ? ` (${range.name.trim()})` : ""}: `;
    if (!range.name.trim()) problems.push(`${where}nama wajib diisi`);
    const datesOk = isRealDate(range.from) && isRealDate(range.to);
    if (!isRealDate(range.from)) problems.push(`${where}tanggal mulai "${range.from}" bukan tanggal YYYY-MM-DD yang sah`);
    if (!isRealDate(range.to)) problems.push(`${where}tanggal selesai "${range.to}" bukan tanggal YYYY-MM-DD yang sah`);
    if (datesOk && range.from > range.to) problems.push(`${where}tanggal mulai ${range.from} harus tidak sesudah tanggal selesai ${range.to}`);
    problems.push(...weekProblems(range.week, where));
    special.slice(0, i).forEach((earlier, j) => {
      if (datesOk && isRealDate(earlier.from) && isRealDate(earlier.to) && range.from <= earlier.to && earlier.from <= range.to) {
        problems.push(`${where}bertumpang tindih dengan jam kerja khusus ${j + 1} (${earlier.from} s.d. ${earlier.to})`);
      }
    });
  });
  return problems;
}

const hasHours = (week: Record<Weekday, WorkingInterval[]>) => WEEKDAYS.some((day) => week[day].length > 0);

function weekChangeProblems(changes: readonly DatedWeek[]): string[] {
  const problems: string[] = [];
  changes.forEach((change, i) => {
    const where = `Jam kerja mulai ${change.from}: `;
    if (!isRealDate(change.from)) problems.push(`Perubahan jam kerja ${i + 1}: tanggal berlaku "${change.from}" bukan tanggal YYYY-MM-DD yang sah`);
    const before = changes[i - 1];
    if (before && isRealDate(before.from) && isRealDate(change.from) && change.from <= before.from) {
      problems.push(`${where}harus sesudah perubahan sebelumnya (${before.from})`);
    }
    problems.push(...weekProblems(change.week, where));
    if (!hasHours(change.week)) problems.push(`${where}tidak ada jam kerja dalam seminggu`);
  });
  return problems;
}

export type CalendarValidation = { ok: true; calendar: WorkingCalendar } | { ok: false; problems: string[] };

export function validateCalendar(input: unknown): CalendarValidation {
  const parsed = workingCalendarSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  const cal = parsed.data;
  const problems: string[] = [];
  if (!isKnownTimeZone(cal.timeZone)) problems.push(`Zona waktu "${cal.timeZone}" tidak dikenal`);
  problems.push(...weekProblems(cal.week, ""));
  problems.push(...specialProblems(cal.special ?? []));
  problems.push(...weekChangeProblems(cal.weekChanges ?? []));
  if (!hasHours(cal.week)) problems.push("Tidak ada jam kerja dalam seminggu");
  for (const holiday of cal.holidays) {
    if (!isRealDate(holiday)) problems.push(`Hari libur "${holiday}" bukan tanggal YYYY-MM-DD yang sah`);
  }
  return problems.length === 0 ? { ok: true, calendar: cal } : { ok: false, problems };
}

/** The usual week in force on a local date: the latest dated change on or before it, else the first week. */
export function usualWeekOn(cal: WorkingCalendar, isoDate: string): Record<Weekday, WorkingInterval[]> {
  let week = cal.week;
  for (const change of cal.weekChanges ?? []) if (change.from <= isoDate) week = change.week;
  return week;
}

type DayInfo = {
  /** Instant of local midnight, and of the next one. */
  start: number;
  end: number;
  /** Working intervals as instants, flattened [start0, end0, start1, end1, …], sorted, not overlapping. */
  intervals: number[];
  workMs: number;
};

type CalendarIndex = {
  timeZone: string;
  minutesByWeekday: Array<Array<[number, number]>>;
  /** Special ranges, ISO dates compared as strings (they sort as dates). */
  special: Array<{ from: string; to: string; minutesByWeekday: Array<Array<[number, number]>> }>;
  /** The dated usual weeks, latest first, so the first whose date has come is the one in force. */
  weekChanges: Array<{ from: string; minutesByWeekday: Array<Array<[number, number]>> }>;
  holidays: Set<string>;
  days: Map<number, DayInfo>;
};

/**
 * Calendars are treated as values: the index is built once per calendar object and reused, and a
 * fresh object with the same content (e.g. read again from the database) finds the same index.
 * Mutating a calendar after first use is not supported: build a new one.
 */
const indexes = new WeakMap<WorkingCalendar, CalendarIndex>();
const indexesByContent = new Map<string, CalendarIndex>();
const MAX_INDEXES_BY_CONTENT = 32;

function indexOf(cal: WorkingCalendar): CalendarIndex {
  const known = indexes.get(cal);
  if (known) return known;
  const signature = JSON.stringify([cal.timeZone, cal.week, [...cal.holidays].sort(), cal.special ?? [], cal.weekChanges ?? []]);
  let index = indexesByContent.get(signature);
  if (!index) {
    const checked = validateCalendar(cal);
    if (!checked.ok) throw new RangeError(`Kalender kerja tidak sah: ${checked.problems.join("; ")}`);
    index = {
      timeZone: cal.timeZone,
      minutesByWeekday: WEEKDAYS.map((day) => mergeIntervals(cal.week[day])),
      special: (cal.special ?? []).map((range) => ({ from: range.from, to: range.to, minutesByWeekday: WEEKDAYS.map((day) => mergeIntervals(range.week[day])) })),
      weekChanges: (cal.weekChanges ?? [])
        .map((change) => ({ from: change.from, minutesByWeekday: WEEKDAYS.map((day) => mergeIntervals(change.week[day])) }))
        .sort((a, b) => b.from.localeCompare(a.from)),
      holidays: new Set(cal.holidays),
      days: new Map(),
    };
    if (indexesByContent.size >= MAX_INDEXES_BY_CONTENT) indexesByContent.clear();
    indexesByContent.set(signature, index);
  }
  indexes.set(cal, index);
  return index;
}

function mergeIntervals(intervals: WorkingInterval[]): Array<[number, number]> {
  const sorted = intervals
    .map(({ start, end }) => [clockMinutes(start) as number, clockMinutes(end) as number] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function dayInfo(index: CalendarIndex, dayNumber: number): DayInfo {
  const cached = index.days.get(dayNumber);
  if (cached) return cached;

  const start = wallClockToInstant(index.timeZone, dayNumber, 0);
  const end = wallClockToInstant(index.timeZone, dayNumber + 1, 0);
  const wallStart = dayNumber * MS_PER_DAY;
  // Most days keep one offset from midnight to midnight; only DST days need each edge looked up.
  const steadyOffset = wallStart - start === wallStart + MS_PER_DAY - end ? wallStart - start : null;
  const toInstant = (minute: number): number =>
    steadyOffset === null
      ? wallClockToInstant(index.timeZone, dayNumber, minute)
      : wallStart + minute * MS_PER_MINUTE - steadyOffset;

  const intervals: number[] = [];
  let workMs = 0;
  const isoDate = dayNumberToIsoDate(dayNumber);
  if (!index.holidays.has(isoDate)) {
    const hours =
      index.special.find((range) => range.from <= isoDate && isoDate <= range.to)?.minutesByWeekday ??
      index.weekChanges.find((change) => change.from <= isoDate)?.minutesByWeekday ??
      index.minutesByWeekday;
    for (const [from, to] of hours[weekdayOf(dayNumber)] ?? []) {
      const s = toInstant(from);
      const e = toInstant(to);
      if (e > s) {
        intervals.push(s, e);
        workMs += e - s;
      }
    }
  }
  const info = { start, end, intervals, workMs };
  index.days.set(dayNumber, info);
  return info;
}

/** The local day (in the calendar's zone) that contains the instant. */
function localDayOf(index: CalendarIndex, instant: number): number {
  // Start from the UTC day (at most one off) and step by the cached day bounds: no zone lookup per call.
  let day = Math.floor(instant / MS_PER_DAY);
  while (instant < dayInfo(index, day).start) day -= 1;
  while (instant >= dayInfo(index, day).end) day += 1;
  return day;
}

/**
 * The instant `minutes` of working time after `start`. Starting outside working hours counts from
 * the next working moment. A due time that falls exactly at the end of a working day is that end
 * (16:00), not the next morning.
 */
export function addWorkingMinutes(cal: WorkingCalendar, start: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Jumlah menit kerja harus bilangan tidak negatif, diterima ${minutes}`);
  }
  const index = indexOf(cal);
  let remaining = Math.round(minutes * MS_PER_MINUTE);
  let cursor = start.getTime();
  let day = localDayOf(index, cursor);
  let idleDays = 0;

  for (;;) {
    const info = dayInfo(index, day);
    const [firstStart] = info.intervals;
    if (firstStart !== undefined && cursor <= firstStart && remaining > info.workMs) {
      remaining -= info.workMs;
    } else {
      for (let i = 0; i < info.intervals.length; i += 2) {
        const s = info.intervals[i] as number;
        const e = info.intervals[i + 1] as number;
        if (e < cursor) continue;
        const from = Math.max(s, cursor);
        const available = e - from;
        if (remaining <= available) return new Date(from + remaining);
        remaining -= available;
        cursor = e;
      }
    }
    idleDays = info.workMs > 0 ? 0 : idleDays + 1;
    if (idleDays > MAX_IDLE_DAYS) throw new RangeError("Kalender kerja tidak memiliki hari kerja dalam 5 tahun");
    day += 1;
    cursor = info.end;
  }
}

/** Working minutes between two instants (whole minutes, rounded down); 0 when `to` is not after `from`. */
export function workingMinutesBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  const begin = from.getTime();
  const finish = to.getTime();
  if (!(finish > begin)) return 0;
  const index = indexOf(cal);
  const lastDay = localDayOf(index, finish);
  let total = 0;
  for (let day = localDayOf(index, begin); day <= lastDay; day += 1) {
    const info = dayInfo(index, day);
    if (info.start >= begin && info.end <= finish) {
      total += info.workMs;
      continue;
    }
    for (let i = 0; i < info.intervals.length; i += 2) {
      const overlap = Math.min(info.intervals[i + 1] as number, finish) - Math.max(info.intervals[i] as number, begin);
      if (overlap > 0) total += overlap;
    }
  }
  return Math.floor(total / MS_PER_MINUTE);
}
