const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the zone's wall clock from UTC at that instant, in ms (e.g. +7 h for Asia/Jakarta). */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const parts = formatterFor(timeZone).formatToParts(wholeSecond);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  const wallAsUtc = Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
  return wallAsUtc - wholeSecond;
}

/**
 * The instant at which the zone's wall clock shows `minuteOfDay` on local day `dayNumber`
 * (days since 1970-01-01 on the wall calendar). A wall time that a DST jump skips or repeats
 * resolves to an instant next to the jump; working hours never sit there in practice.
 */
export function wallClockToInstant(timeZone: string, dayNumber: number, minuteOfDay: number): number {
  const wall = dayNumber * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  const firstGuess = wall - zoneOffsetMs(timeZone, wall);
  const offsetThere = zoneOffsetMs(timeZone, firstGuess);
  return wall - offsetThere;
}

/** The local calendar date "YYYY-MM-DD" of a wall-calendar day number. */
export function dayNumberToIsoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(dayNumber: number): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return new Date(dayNumber * MS_PER_DAY).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/** The instant a person means by a local date and time ("2026-11-27", "09:30") in the office's zone. */
export function localDateTimeToInstant(timeZone: string, isoDate: string, hhmm: string): Date {
  const day = Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(wallClockToInstant(timeZone, day, h! * 60 + m!));
}

