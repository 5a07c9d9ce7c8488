import type { WorkingInterval } from "./calendar";

export type DayHoursReading = { ok: true; intervals: WorkingInterval[] } | { ok: false; message: string };

const PIECE = /^(\d{1,2})[.:](\d{2})\s*[-–—]\s*(\d{1,2})[.:](\d{2})$/;
const two = (n: string): string => n.padStart(2, "0");

/**
 * A day's working hours as an administrator types them: "08.00–12.00, 13.00–16.00" (dot or
 * colon, any dash), or "libur" / nothing for a day off. The intervals come back as HH:MM; the
 * calendar's validation still checks them against each other.
 */
export function parseDayHours(text: string): DayHoursReading {
  const trimmed = text.trim();
  if (trimmed === "" || /^libur$/i.test(trimmed)) return { ok: true, intervals: [] };
  const intervals: WorkingInterval[] = [];
  for (const piece of trimmed.split(/[,;]/).map((p) => p.trim())) {
    const m = PIECE.exec(piece);
    if (!m) return { ok: false, message: `“${piece}” tidak terbaca; tulis seperti 08.00–12.00, 13.00–16.00, atau “libur”.` };
    const [, h1, m1, h2, m2] = m as unknown as [string, string, string, string, string];
    if (Number(h1) > 24 || Number(h2) > 24 || Number(m1) > 59 || Number(m2) > 59) {
      return { ok: false, message: `“${piece}” bukan jam yang sah.` };
    }
    const start = `${two(h1)}:${m1}`;
    const end = `${two(h2)}:${m2}`;
    if (start >= end) return { ok: false, message: `Pada “${piece}” jam mulai harus sebelum jam selesai.` };
    intervals.push({ start, end });
  }
  return { ok: true, intervals };
}

/** The other way: "08.00–12.00, 13.00–16.00", or "libur". */
export function formatDayHours(intervals: readonly WorkingInterval[]): string {
  return intervals.length ? intervals.map((i) => `${i.start.replace(":", ".")}–${i.end.replace(":", ".")}`).join(", ") : "libur";
}
