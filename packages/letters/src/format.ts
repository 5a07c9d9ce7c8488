// Indonesian formats for letters: dates and times on the office's clock (its IANA zone, printed
// with its abbreviation: WIB, WITA or WIT), NIP grouping, numbers in words, and text safe for the
// standard PDF fonts.

import { DAYS_ID, MONTHS_ID, zoneOffsetMs } from "@perizinan/domain";
import type { LetterClock } from "./types";

// The names and the calendar-date form are the domain's, shared with the pages.
export { DAYS_ID, MONTHS_ID, formatCalendarDate } from "@perizinan/domain";

export interface WallParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Minggu … 6 = Sabtu */
  weekday: number;
}

/**
 * The wall clock of `clock.timeZone` at an instant: its offset read from the zone database (the
 * domain's zoned clock, never a fixed +7 h), so it does not depend on the machine's zone.
 */
export function wallParts(d: Date, clock: Pick<LetterClock, "timeZone">): WallParts {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("Invalid Date");
  const wall = new Date(ms + zoneOffsetMs(clock.timeZone, ms));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    weekday: wall.getUTCDay(),
  };
}

const two = (n: number): string => String(n).padStart(2, "0");

/**
 * "29 November 2026", or with time "29 November 2026 pukul 10.15 WIB": the wall clock of the
 * office's zone, followed by its abbreviation (WIB, WITA, WIT).
 */
export function formatIndonesianDate(d: Date, clock: LetterClock, withTime = false): string {
  const p = wallParts(d, clock);
  const date = `${p.day} ${MONTHS_ID[p.month - 1]} ${p.year}`;
  return withTime ? `${date} pukul ${two(p.hour)}.${two(p.minute)} ${clock.abbreviation}` : date;
}

/** With the day of the week: "Senin, 30 November 2026 pukul 08.15 WIB" (in the office's zone). */
export function formatIndonesianDayDate(d: Date, clock: LetterClock, withTime = false): string {
  return `${DAYS_ID[wallParts(d, clock).weekday]}, ${formatIndonesianDate(d, clock, withTime)}`;
}

/**
 * A number the Indonesian way, with "." between thousands and "," before the decimals:
 * 1234.5 → "1.234,5" (with `decimals` = 1).
 */
export function formatNumberId(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return "-";
  const [whole = "0", fraction] = Math.abs(n).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const sign = n < 0 && Number(`${whole}.${fraction ?? 0}`) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** "29-11-2026 10.15 WIB": the short form used in the paraf line (in the office's zone). */
export function formatShortDateTime(d: Date, clock: LetterClock): string {
  const p = wallParts(d, clock);
  return `${two(p.day)}-${two(p.month)}-${p.year} ${two(p.hour)}.${two(p.minute)} ${clock.abbreviation}`;
}


/**
 * An 18-digit NIP grouped as the civil service prints it: birth date (8), appointment (6),
 * sex (1), serial (3) — "19750831 200312 1 003". Anything that is not 18 digits is returned
 * trimmed, unchanged.
 */
export function formatNip(nip: string): string {
  const digits = nip.replace(/[\s.-]/g, "");
  if (!/^\d{18}$/.test(digits)) return nip.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

const UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

/** A whole number in Indonesian words ("terbilang"): 2026 → "dua ribu dua puluh enam". */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`terbilang: ${n}`);
  if (n === 0) return "nol";
  const words = (x: number): string => {
    if (x < 12) return UNITS[x] ?? "";
    if (x < 20) return `${words(x - 10)} belas`;
    if (x < 100) return join(`${words(Math.floor(x / 10))} puluh`, words(x % 10));
    if (x < 200) return join("seratus", words(x - 100));
    if (x < 1000) return join(`${words(Math.floor(x / 100))} ratus`, words(x % 100));
    if (x < 2000) return join("seribu", words(x - 1000));
    if (x < 1_000_000) return join(`${words(Math.floor(x / 1000))} ribu`, words(x % 1000));
    if (x < 1_000_000_000) return join(`${words(Math.floor(x / 1_000_000))} juta`, words(x % 1_000_000));
    return join(`${words(Math.floor(x / 1_000_000_000))} miliar`, words(x % 1_000_000_000));
  };
  return words(n);
}

const join = (a: string, b: string): string => (b ? `${a} ${b}` : a);

/**
 * The standard PDF fonts (Times, Helvetica) carry only the WinAnsi character set. Characters
 * outside it are decomposed and stripped of accents where that helps ("ş" → "s"), typographic
 * look-alikes are mapped, and whatever is left becomes "?": never a missing glyph.
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (isWinAnsi(ch) || ch === "\n") {
      out += ch;
      continue;
    }
    const mapped = LOOKALIKES[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
    out += base && [...base].every(isWinAnsi) ? base : "?";
  }
  return out;
}

const LOOKALIKES: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2015": "\u2014",
  "\u2032": "'",
  "\u2033": '"',
  "\u2713": "v",
  "\u2714": "v",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
  "\t": " ",
};

// WinAnsi's 0x80–0x9F block (the rest is Latin-1 printable).
const WIN_ANSI_EXTRA = new Set(
  "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178",
);

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}
