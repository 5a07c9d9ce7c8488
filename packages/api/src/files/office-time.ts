/** Today's date (YYYY-MM-DD) in the office's time zone — what "expired" and "today" mean to it. */
export function localDate(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
  return parts;
}
