import { describe, expect, it } from "vitest";
import { localIsoDate, monthPeriod, periodBounds, periodSchema, presetPeriod } from "./period";
import { backlogBucketOf } from "./backlog";

const JKT = "Asia/Jakarta";

describe("presetPeriod", () => {
  it.each([
    // Sunday 29 Nov 2026, 23:30 WIB: the week that began on Monday 23rd
    ["2026-11-29T16:30:00Z", "WEEK", "2026-11-23", "2026-11-29"],
    // 30 minutes later in UTC terms it is already Monday 30th 01:00 WIB: a new week
    ["2026-11-29T18:00:00Z", "WEEK", "2026-11-30", "2026-11-30"],
    ["2026-11-29T18:00:00Z", "MONTH", "2026-11-01", "2026-11-30"],
    ["2026-12-31T17:30:00Z", "MONTH", "2027-01-01", "2027-01-01"],
    ["2026-12-31T16:59:00Z", "YEAR", "2026-01-01", "2026-12-31"],
    ["2026-12-31T17:00:00Z", "YEAR", "2027-01-01", "2027-01-01"],
  ] as const)("at %s, %s is %s to %s", (now, preset, from, to) => {
    expect(presetPeriod(preset, new Date(now), JKT)).toEqual({ from, to });
  });
});

describe("periods", () => {
  it("covers whole WIB days", () => {
    expect(periodBounds({ from: "2026-11-01", to: "2026-11-30" }, JKT)).toEqual({
      start: new Date("2026-10-31T17:00:00Z"),
      end: new Date("2026-11-30T17:00:00Z"),
    });
  });

  it.each([
    ["2024-02", { from: "2024-02-01", to: "2024-02-29" }],
    ["2026-12", { from: "2026-12-01", to: "2026-12-31" }],
    ["2026-13", null],
    ["26-01", null],
  ])("month %s is %j", (month, period) => {
    expect(monthPeriod(month)).toEqual(period);
  });

  it("reads the local date of an instant", () => {
    expect(localIsoDate(new Date("2026-11-29T17:00:00Z"), JKT)).toBe("2026-11-30");
    expect(localIsoDate(new Date("2026-11-29T16:59:59Z"), JKT)).toBe("2026-11-29");
  });

  it.each([
    [{ from: "2026-11-01", to: "2026-11-30" }, null],
    [{ from: "2026-11-31", to: "2026-12-01" }, "Tanggal awal tidak valid; tulis sebagai TTTT-BB-HH."],
    [{ from: "2026-11-01", to: "kemarin" }, "Tanggal akhir tidak valid; tulis sebagai TTTT-BB-HH."],
    [{ from: "2026-11-30", to: "2026-11-01" }, "Tanggal akhir tidak boleh sebelum tanggal awal."],
    [{ from: "2015-01-01", to: "2026-01-01" }, "Periode paling panjang lima tahun."],
  ])("checks %j", (input, message) => {
    const parsed = periodSchema.safeParse(input);
    expect(parsed.success ? null : parsed.error.issues[0]?.message).toBe(message);
  });
});

describe("backlogBucketOf", () => {
  it.each([
    [0, 480, "ON_TIME"],
    [360, 480, "ON_TIME"],
    [361, 480, "AT_RISK"],
    [480, 480, "AT_RISK"],
    [481, 480, "LATE"],
    [960, 480, "LATE"],
    [961, 480, "STUCK"],
  ])("%i minutes at a %i-minute step is %s", (spent, standard, bucket) => {
    expect(backlogBucketOf(spent, standard)).toBe(bucket);
  });
});
