/** Month and weekday names as Indonesian letters and pages write them (Sunday first, like Date). */
export const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;
export const DAYS_ID = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;

/**
 * A calendar date written YYYY-MM-DD (a birth date, an STR's expiry: no time, no zone) as
 * "12 Maret 1995". Anything else, or a month or day out of range, is returned trimmed, as written.
 */
export function formatCalendarDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!m) return isoDate.trim();
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return isoDate.trim();
  return `${day} ${MONTHS_ID[month - 1]} ${year}`;
}
