import { describe, expect, it } from "vitest";
import { formatDayHours, parseDayHours } from "./day-hours";

describe("a day's hours as typed", () => {
  it.each([
    ["08.00–16.00", [{ start: "08:00", end: "16:00" }]],
    ["8:00-12:00, 13:00 - 16:30", [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "16:30" }]],
    ["07.30—11.30; 13.30–16.30", [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "16:30" }]],
    ["00.00–24.00", [{ start: "00:00", end: "24:00" }]],
    ["libur", []],
    ["  LIBUR ", []],
    ["", []],
  ])("%j → %j", (text, intervals) => {
    expect(parseDayHours(text)).toEqual({ ok: true, intervals });
  });

  it.each([
    ["pagi saja", /“pagi saja” tidak terbaca/],
    ["08.00–16.00, sore", /“sore” tidak terbaca/],
    ["25.00–26.00", /bukan jam yang sah/],
    ["08.75–09.00", /bukan jam yang sah/],
    ["16.00–08.00", /jam mulai harus sebelum jam selesai/],
    ["08.00–08.00", /jam mulai harus sebelum jam selesai/],
  ])("refuses %j in Indonesian", (text, message) => {
    const read = parseDayHours(text);
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.message).toMatch(message);
  });

  it("writes back what it reads", () => {
    for (const text of ["08.00–12.00, 13.00–16.00", "libur", "07.30–15.00"]) {
      const read = parseDayHours(text);
      expect(read.ok && formatDayHours(read.intervals)).toBe(text);
    }
  });
});
