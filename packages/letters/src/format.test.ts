import { describe, expect, it } from "vitest";
import {
  formatCalendarDate,
  formatIndonesianDayDate,
  formatNumberId,
  formatShortDateTime,
  terbilang,
  toWinAnsi,
  wallParts,
} from "./format";
import { formatIndonesianDate, formatNip, type LetterClock } from "./index";

const WIB: LetterClock = { timeZone: "Asia/Jakarta", abbreviation: "WIB" };
const WITA: LetterClock = { timeZone: "Asia/Makassar", abbreviation: "WITA" };
const WIT: LetterClock = { timeZone: "Asia/Jayapura", abbreviation: "WIT" };

describe("formatNip", () => {
  it.each([
    ["197508312003121003", "19750831 200312 1 003"],
    ["198003152006042011", "19800315 200604 2 011"],
    ["19750831 200312 1 003", "19750831 200312 1 003"],
    [" 19750831.200312.1.003 ", "19750831 200312 1 003"],
    ["12345", "12345"],
    ["  bukan NIP ", "bukan NIP"],
    ["1975083120031210031", "1975083120031210031"],
  ])("%j → %j", (input, expected) => {
    expect(formatNip(input)).toBe(expected);
  });
});

describe("formatIndonesianDate (Asia/Jakarta)", () => {
  it.each([
    ["2026-11-29T03:15:00Z", "29 November 2026", "29 November 2026 pukul 10.15 WIB"],
    // Late evening UTC is already the next day in Sidikalang.
    ["2026-11-28T18:30:00Z", "29 November 2026", "29 November 2026 pukul 01.30 WIB"],
    ["2026-11-28T16:59:00Z", "28 November 2026", "28 November 2026 pukul 23.59 WIB"],
    ["2026-11-28T17:00:00Z", "29 November 2026", "29 November 2026 pukul 00.00 WIB"],
    ["2026-12-31T17:00:00Z", "1 Januari 2027", "1 Januari 2027 pukul 00.00 WIB"],
    ["2026-01-05T01:07:00Z", "5 Januari 2026", "5 Januari 2026 pukul 08.07 WIB"],
  ])("%s", (iso, date, dateTime) => {
    expect(formatIndonesianDate(new Date(iso), WIB)).toBe(date);
    expect(formatIndonesianDate(new Date(iso), WIB, true)).toBe(dateTime);
  });

  it("names every month in Indonesian", () => {
    const months = Array.from({ length: 12 }, (_, m) => formatIndonesianDate(new Date(Date.UTC(2026, m, 15, 3)), WIB).split(" ")[1]);
    expect(months).toEqual([
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ]);
  });

  it("does not depend on the machine's time zone", () => {
    // The instant is what matters; Date's local getters are never used.
    const d = new Date("2026-11-28T20:00:00Z");
    expect(wallParts(d, WIB)).toEqual({ year: 2026, month: 11, day: 29, hour: 3, minute: 0, weekday: 0 });
  });

  it("rejects an invalid date", () => {
    expect(() => formatIndonesianDate(new Date("nope"), WIB)).toThrow(RangeError);
    expect(() => wallParts(new Date("nope"), WITA)).toThrow(RangeError);
  });

  it("short form for the paraf line", () => {
    expect(formatShortDateTime(new Date("2026-11-28T18:05:00Z"), WIB)).toBe("29-11-2026 01.05 WIB");
  });
});

describe("formatIndonesianDayDate (Asia/Jakarta)", () => {
  it("names the day of the week in Sidikalang", () => {
    expect(formatIndonesianDayDate(new Date("2026-11-30T01:15:00Z"), WIB, true)).toBe("Senin, 30 November 2026 pukul 08.15 WIB");
    // 23.30 UTC on Sunday is already Monday morning in WIB.
    expect(formatIndonesianDayDate(new Date("2026-11-29T23:30:00Z"), WIB)).toBe("Senin, 30 November 2026");
    expect(formatIndonesianDayDate(new Date("2026-11-29T16:59:00Z"), WIB)).toBe("Minggu, 29 November 2026");
  });
});

describe("the office's clock: the same instant in WIB, WITA and WIT", () => {
  it.each([
    // 16.30 UTC: still Sunday evening in Sidikalang, already Monday in Jayapura.
    ["2026-11-29T16:30:00Z", WIB, "Minggu, 29 November 2026 pukul 23.30 WIB", "29-11-2026 23.30 WIB"],
    ["2026-11-29T16:30:00Z", WITA, "Senin, 30 November 2026 pukul 00.30 WITA", "30-11-2026 00.30 WITA"],
    ["2026-11-29T16:30:00Z", WIT, "Senin, 30 November 2026 pukul 01.30 WIT", "30-11-2026 01.30 WIT"],
    // Asia/Pontianak keeps WIB too.
    ["2026-11-29T16:30:00Z", { timeZone: "Asia/Pontianak", abbreviation: "WIB" }, "Minggu, 29 November 2026 pukul 23.30 WIB", "29-11-2026 23.30 WIB"],
    ["2026-11-29T03:15:00Z", WIB, "Minggu, 29 November 2026 pukul 10.15 WIB", "29-11-2026 10.15 WIB"],
    ["2026-11-29T03:15:00Z", WITA, "Minggu, 29 November 2026 pukul 11.15 WITA", "29-11-2026 11.15 WITA"],
    ["2026-11-29T03:15:00Z", WIT, "Minggu, 29 November 2026 pukul 12.15 WIT", "29-11-2026 12.15 WIT"],
    // New Year's Eve: 2026 in Sidikalang and Makassar, 2027 in Jayapura.
    ["2026-12-31T15:30:00Z", WIB, "Kamis, 31 Desember 2026 pukul 22.30 WIB", "31-12-2026 22.30 WIB"],
    ["2026-12-31T15:30:00Z", WITA, "Kamis, 31 Desember 2026 pukul 23.30 WITA", "31-12-2026 23.30 WITA"],
    ["2026-12-31T15:30:00Z", WIT, "Jumat, 1 Januari 2027 pukul 00.30 WIT", "01-01-2027 00.30 WIT"],
  ])("%s on %j", (iso, clock, dayDate, short) => {
    const d = new Date(iso);
    expect(formatIndonesianDayDate(d, clock, true)).toBe(dayDate);
    expect(formatIndonesianDate(d, clock, true)).toBe(dayDate.slice(dayDate.indexOf(", ") + 2));
    expect(formatShortDateTime(d, clock)).toBe(short);
  });

  it.each([
    [WIB, { year: 2026, month: 11, day: 29, hour: 23, minute: 30, weekday: 0 }],
    [WITA, { year: 2026, month: 11, day: 30, hour: 0, minute: 30, weekday: 1 }],
    [WIT, { year: 2026, month: 11, day: 30, hour: 1, minute: 30, weekday: 1 }],
  ])("wall clock on %j", (clock, parts) => {
    expect(wallParts(new Date("2026-11-29T16:30:00Z"), clock)).toEqual(parts);
  });

  it("midnight is 00, never 24", () => {
    expect(wallParts(new Date("2026-11-29T16:00:00Z"), WITA)).toMatchObject({ day: 30, hour: 0, minute: 0 });
    expect(formatShortDateTime(new Date("2026-11-29T16:00:00Z"), WITA)).toBe("30-11-2026 00.00 WITA");
  });

  it("rejects a zone the runtime does not know", () => {
    expect(() => formatIndonesianDate(new Date("2026-11-29T03:15:00Z"), { timeZone: "Asia/Sidikalang", abbreviation: "WIB" })).toThrow(RangeError);
  });
});

describe("formatNumberId", () => {
  it.each([
    [0, 0, "0"],
    [46, 0, "46"],
    [1500, 0, "1.500"],
    [1234567, 0, "1.234.567"],
    [1234.56, 1, "1.234,6"],
    [0.5, 1, "0,5"],
    [-2500, 0, "-2.500"],
    [-0.04, 1, "0,0"],
    [Number.NaN, 0, "-"],
  ])("%d (%d decimals) → %j", (n, decimals, expected) => {
    expect(formatNumberId(n, decimals)).toBe(expected);
  });
});

describe("formatCalendarDate", () => {
  it.each([
    ["1995-06-05", "5 Juni 1995"],
    ["2031-12-31", "31 Desember 2031"],
    ["seumur hidup", "seumur hidup"],
    ["2031-13-01", "2031-13-01"],
  ])("%s → %s", (input, expected) => {
    expect(formatCalendarDate(input)).toBe(expected);
  });
});

describe("terbilang", () => {
  it.each([
    [1, "satu"],
    [11, "sebelas"],
    [15, "lima belas"],
    [20, "dua puluh"],
    [27, "dua puluh tujuh"],
    [100, "seratus"],
    [111, "seratus sebelas"],
    [1000, "seribu"],
    [1945, "seribu sembilan ratus empat puluh lima"],
    [2026, "dua ribu dua puluh enam"],
    [2100, "dua ribu seratus"],
    [1_000_000, "satu juta"],
  ])("%i → %s", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });
});

describe("toWinAnsi", () => {
  it("keeps what the standard fonts can show", () => {
    expect(toWinAnsi("Sidikalang, 29 November 2026 — «é» · “kutip” €")).toBe("Sidikalang, 29 November 2026 — «é» · “kutip” €");
  });
  it("strips accents it cannot show and replaces the rest", () => {
    expect(toWinAnsi("Şahin Ğ ✓ 漢 😀")).toBe("Sahin G v ? ?");
  });
  it("keeps line breaks and turns tabs and no-break spaces into spaces", () => {
    expect(toWinAnsi("a\tb\u00a0c\nd")).toBe("a b c\nd");
  });
});
