import { describe, expect, it } from "vitest";
import {
  formatCalendarDate,
  formatIndonesianDayDate,
  formatNumberId,
  formatShortDateTime,
  terbilang,
  toWinAnsi,
  wibParts,
} from "./format";
import { formatIndonesianDate, formatNip } from "./index";

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
    expect(formatIndonesianDate(new Date(iso))).toBe(date);
    expect(formatIndonesianDate(new Date(iso), true)).toBe(dateTime);
  });

  it("names every month in Indonesian", () => {
    const months = Array.from({ length: 12 }, (_, m) => formatIndonesianDate(new Date(Date.UTC(2026, m, 15, 3))).split(" ")[1]);
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
    expect(wibParts(d)).toEqual({ year: 2026, month: 11, day: 29, hour: 3, minute: 0, weekday: 0 });
  });

  it("rejects an invalid date", () => {
    expect(() => formatIndonesianDate(new Date("nope"))).toThrow(RangeError);
  });

  it("short form for the paraf line", () => {
    expect(formatShortDateTime(new Date("2026-11-28T18:05:00Z"))).toBe("29-11-2026 01.05 WIB");
  });
});

describe("formatIndonesianDayDate (Asia/Jakarta)", () => {
  it("names the day of the week in Sidikalang", () => {
    expect(formatIndonesianDayDate(new Date("2026-11-30T01:15:00Z"), true)).toBe("Senin, 30 November 2026 pukul 08.15 WIB");
    // 23.30 UTC on Sunday is already Monday morning in WIB.
    expect(formatIndonesianDayDate(new Date("2026-11-29T23:30:00Z"))).toBe("Senin, 30 November 2026");
    expect(formatIndonesianDayDate(new Date("2026-11-29T16:59:00Z"))).toBe("Minggu, 29 November 2026");
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
