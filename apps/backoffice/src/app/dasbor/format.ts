import { formatWorkingDuration, type Period } from "@perizinan/domain";
import type { Granularity } from "./types";

/** The dashboard's way of writing figures; "–" wherever there is nothing to show. */
export const NONE = "–";

const integer = new Intl.NumberFormat("id-ID");
const percent = new Intl.NumberFormat("id-ID", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const calendarDay = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", dateStyle: "long" });
const weekTick = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", day: "numeric", month: "short" });
const monthLong = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", month: "long", year: "numeric" });
const monthTick = new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", month: "short", year: "2-digit" });

/** 12345.6 → "12.345,6". */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? NONE : integer.format(n);
}

/** A share 0–1 → "85,0%". */
export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined ? NONE : percent.format(share);
}

/** Working minutes → "2 hari 3 jam" (8-hour working days), or "–". */
export function formatMinutes(minutes: number | null | undefined): string {
  return minutes === null || minutes === undefined ? NONE : formatWorkingDuration(minutes);
}

/** Working minutes as working hours, for chart axes. */
export function minutesToHours(minutes: number | null): number | null {
  return minutes === null ? null : Math.round((minutes / 60) * 10) / 10;
}

/**
 * A trend bucket ("YYYY-MM-DD", a local date: the Monday or the first of the month) as a reader
 * names it: long for tables, short for chart ticks. Read as a calendar date, never shifted by a zone.
 */
export function formatBucket(bucket: string, granularity: Granularity, style: "long" | "short" = "long"): string {
  const date = new Date(`${bucket}T00:00:00Z`);
  if (granularity === "month") return (style === "long" ? monthLong : monthTick).format(date);
  return style === "long" ? `Minggu mulai ${calendarDay.format(date)}` : weekTick.format(date);
}

/** A local calendar date "YYYY-MM-DD" as "3 Maret 2025"; left as typed when it is no date. */
export function formatDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : calendarDay.format(date);
}

export function formatPeriod(period: Period): string {
  return `${formatDay(period.from)} – ${formatDay(period.to)}`;
}
