import { formatCalendarDate as calendarDate, type OfficeClock } from "@perizinan/domain";

export type { OfficeClock } from "@perizinan/domain";


const formatters = new Map<string, { dateTime: Intl.DateTimeFormat; dateOnly: Intl.DateTimeFormat }>();
function formattersFor(timeZone: string) {
  let found = formatters.get(timeZone);
  if (!found) {
    found = {
      dateTime: new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeStyle: "short", timeZone }),
      dateOnly: new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone }),
    };
    formatters.set(timeZone, found);
  }
  return found;
}

/** "3 Desember 2026 pukul 14.05 WIB" on the office's clock; "—" for nothing. */
export function formatDateTime(d: Date | string | null | undefined, clock: OfficeClock): string {
  return d ? `${formattersFor(clock.timeZone).dateTime.format(new Date(d))} ${clock.abbreviation}` : "—";
}

/** The office-local date of an instant: "3 Desember 2026". */
export function formatDate(d: Date | string | null | undefined, clock: OfficeClock): string {
  return d ? formattersFor(clock.timeZone).dateOnly.format(new Date(d)) : "—";
}

/** A calendar date (YYYY-MM-DD, no time, no zone) as "12 April 1995"; nothing as "—". */
export function formatCalendarDate(iso: string | null | undefined): string {
  return iso ? calendarDate(iso) : "—";
}

/**
 * A form value as text: a string as it is, a number or a yes/no as written, anything else (nothing,
 * a file from FormData, an object) as "".
 */
export function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** A file size as an Indonesian reader writes it. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString("id-ID", { maximumFractionDigits: 0 })} KB`;
  return `${(n / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;
}
