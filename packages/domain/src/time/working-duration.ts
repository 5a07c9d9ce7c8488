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
