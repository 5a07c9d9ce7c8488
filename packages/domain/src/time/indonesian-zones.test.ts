import { describe, expect, it } from "vitest";
import { INDONESIAN_TIME_ZONES, isIndonesianTimeZone, officeClock, zoneAbbreviation } from "./indonesian-zones";
import { zoneOffsetMs } from "./zoned-clock";

describe("Indonesian time zones", () => {
  it.each([
    ["Asia/Jakarta", "WIB", 7],
    ["Asia/Pontianak", "WIB", 7],
    ["Asia/Makassar", "WITA", 8],
    ["Asia/Jayapura", "WIT", 9],
  ])("%s is %s, UTC+%i all year", (zone, abbreviation, hours) => {
    expect(zoneAbbreviation(zone)).toBe(abbreviation);
    expect(officeClock(zone)).toEqual({ timeZone: zone, abbreviation });
    for (const month of [0, 6]) expect(zoneOffsetMs(zone, Date.UTC(2026, month, 15))).toBe(hours * 3_600_000);
  });

  it("names any other zone as it is and does not take it for Indonesian", () => {
    expect(zoneAbbreviation("Europe/Paris")).toBe("Europe/Paris");
    expect(isIndonesianTimeZone("Europe/Paris")).toBe(false);
    expect(isIndonesianTimeZone("toString")).toBe(false);
    expect(Object.keys(INDONESIAN_TIME_ZONES).every(isIndonesianTimeZone)).toBe(true);
  });
});
