/** The SOP's "1 Hari": one working day of 8 hours. */
export const MINUTES_PER_WORKING_DAY = 480;

export function workingDays(minutes: number): number {
  return minutes / MINUTES_PER_WORKING_DAY;
}

/** e.g. 2565 → "5 hari 2 jam 45 menit"; 0 → "0 menit". Fractions of a minute are rounded. */
export function formatWorkingDuration(minutes: number): string {
  const sign = minutes < 0 ? "-" : "";
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / MINUTES_PER_WORKING_DAY);
  const hours = Math.floor((total % MINUTES_PER_WORKING_DAY) / 60);
  const rest = total % 60;
  const parts = [
    days > 0 ? `${days} hari` : "",
    hours > 0 ? `${hours} jam` : "",
    rest > 0 ? `${rest} menit` : "",
  ].filter(Boolean);
  return parts.length === 0 ? "0 menit" : sign + parts.join(" ");
}

/** The units a service-standard time is entered in; stored always as working minutes. */
export const DURATION_UNITS = ["MINUTES", "HOURS", "WORKING_DAYS"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
export const DURATION_UNIT_MINUTES: Record<DurationUnit, number> = { MINUTES: 1, HOURS: 60, WORKING_DAYS: MINUTES_PER_WORKING_DAY };
export const DURATION_UNIT_LABELS: Record<DurationUnit, string> = { MINUTES: "menit", HOURS: "jam", WORKING_DAYS: "hari kerja" };

/** The largest unit a stored time is a whole (or half) number of: 960 → 2 working days, 90 → 1,5 hours. */
export function durationUnitOf(minutes: number): DurationUnit {
  if (minutes > 0 && (minutes * 2) % MINUTES_PER_WORKING_DAY === 0) return "WORKING_DAYS";
  if (minutes > 0 && (minutes * 2) % 60 === 0) return "HOURS";
  return "MINUTES";
}

/**
 * An amount typed in a unit ("1,5" jam, "3" hari kerja) as whole working minutes; null when it is
 * not a number of zero or more. Indonesian decimals use a comma; a dot is read the same.
 */
export function workingMinutesOf(typed: string, unit: DurationUnit): number | null {
  const text = typed.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return Math.round(Number(text) * DURATION_UNIT_MINUTES[unit]);
}

/** A stored time in a unit, as an Indonesian reader writes it: 90 in HOURS → "1,5". */
export function amountIn(minutes: number, unit: DurationUnit): string {
  const amount = minutes / DURATION_UNIT_MINUTES[unit];
  return Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100).replace(".", ",");
}
