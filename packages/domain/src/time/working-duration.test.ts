import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountIn, DURATION_UNITS, durationUnitOf, formatWorkingDuration, workingMinutesOf } from "./working-duration";

describe("service-standard times entered in minutes, hours or working days", () => {
  it.each([
    ["30", "MINUTES", 30],
    ["2", "HOURS", 120],
    ["1,5", "HOURS", 90],
    ["1.5", "HOURS", 90],
    ["3", "WORKING_DAYS", 1440],
    ["0,5", "WORKING_DAYS", 240],
    [" 0 ", "MINUTES", 0],
    ["", "HOURS", null],
    ["-1", "HOURS", null],
    ["dua", "WORKING_DAYS", null],
    ["1,5,2", "HOURS", null],
  ] as const)("%j %s → %j working minutes", (typed, unit, minutes) => {
    expect(workingMinutesOf(typed, unit)).toBe(minutes);
  });

  it.each([
    [960, "WORKING_DAYS", "2"],
    [240, "WORKING_DAYS", "0,5"],
    [90, "HOURS", "1,5"],
    [120, "HOURS", "2"],
    [45, "MINUTES", "45"],
    [0, "MINUTES", "0"],
  ] as const)("%i minutes reads as %s %j", (minutes, unit, amount) => {
    expect(durationUnitOf(minutes)).toBe(unit);
    expect(amountIn(minutes, unit)).toBe(amount);
  });

  it("what is shown, typed back in its unit, is the same time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 480 }), (minutes) => {
        const unit = durationUnitOf(minutes);
        expect(workingMinutesOf(amountIn(minutes, unit), unit)).toBe(minutes);
        for (const other of DURATION_UNITS) expect(Math.abs(workingMinutesOf(amountIn(minutes, other), other)! - minutes)).toBeLessThanOrEqual(3);
      }),
    );
    expect(formatWorkingDuration(workingMinutesOf("1,5", "WORKING_DAYS")!)).toBe("1 hari 4 jam");
  });
});
