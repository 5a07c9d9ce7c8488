import { describe, expect, it } from "vitest";
import { formatWorkingDuration, MINUTES_PER_WORKING_DAY, workingDays } from "../time/working-duration";
import { likelyPathFrom, pathsToEnds, reachableFrom, requireStep, firstStep } from "./graph";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "./sik-perekam-medis";
import { sopTotals } from "./totals";

describe("service-standard totals of the seeded SOP", () => {
  const totals = sopTotals(SOP);

  it("matches the document: issued 15 h 45 min + 4 hari, rejected 18 h 45 min + 3 hari", () => {
    expect(totals.issuedPathMinutes).toBe(945 + 4 * 480);
    expect(totals.issuedPathMinutes).toBe(2865);
    expect(totals.rejectedPathMinutes).toBe(1125 + 3 * 480);
    expect(totals.rejectedPathMinutes).toBe(2565);
    expect(workingDays(totals.issuedPathMinutes)).toBeCloseTo(5.97, 2);
    expect(workingDays(totals.rejectedPathMinutes)).toBeCloseTo(5.34, 2);
    expect(formatWorkingDuration(totals.issuedPathMinutes)).toBe("5 hari 7 jam 45 menit");
    expect(formatWorkingDuration(totals.rejectedPathMinutes)).toBe("5 hari 2 jam 45 menit");
  });

  it("finds exactly the two paths, taking the approve/reject branch at step 8", () => {
    expect(pathsToEnds(SOP).map((p) => [p.end, p.steps, p.standardMinutes])).toEqual([
      ["ISSUED", [1, 2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20, 21, 22, 23], 2865],
      ["REJECTED", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], 2565],
    ]);
    expect(pathsToEnds(SOP)[0]?.actions[7]).toBe("APPROVE");
    expect(totals.byEnd).toEqual({ ISSUED: 2865, REJECTED: 2565 });
  });

  it("gives 0 for an end the SOP cannot reach, and no paths for an empty SOP", () => {
    const onlyIssue = { ...SOP, steps: SOP.steps.map((s) => (s.no === 8 ? { ...s, actions: s.actions.slice(0, 1) } : s)) };
    expect(sopTotals(onlyIssue)).toMatchObject({ issuedPathMinutes: 2865, rejectedPathMinutes: 0 });
    expect(pathsToEnds({ ...SOP, steps: [] })).toEqual([]);
  });
});

describe("graph helpers", () => {
  it("follow the expected path and the steps still ahead", () => {
    expect(likelyPathFrom(SOP, 8)).toEqual([8, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(likelyPathFrom(SOP, 99)).toEqual([]);
    expect([...reachableFrom(SOP, 12)].sort((a, b) => a - b)).toEqual([12, 13, 14, 15]);
    expect(firstStep(SOP).no).toBe(1);
  });

  it("refuse a step number the SOP does not have", () => {
    expect(() => requireStep(SOP, 99)).toThrow(/tidak memiliki langkah 99/);
    expect(() => firstStep({ ...SOP, steps: [] })).toThrow(/tidak memiliki langkah/);
  });

  it("stop the expected path at a loop", () => {
    const looping = { ...SOP, steps: SOP.steps.map((s) => (s.no === 23 ? { ...s, actions: [{ action: "COMPLETE" as const, to: { step: 1 } }] } : s)) };
    expect(likelyPathFrom(looping, 20)).toEqual([20, 21, 22, 23, 1, 2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19]);
  });
});

describe("working durations", () => {
  it.each([
    [0, "0 menit"],
    [15, "15 menit"],
    [60, "1 jam"],
    [480, "1 hari"],
    [545, "1 hari 1 jam 5 menit"],
    [2565, "5 hari 2 jam 45 menit"],
    [-90, "-1 jam 30 menit"],
    [59.6, "1 jam"],
  ])("%d minutes read %s", (minutes, text) => {
    expect(formatWorkingDuration(minutes)).toBe(text);
  });

  it("counts 480 minutes to a working day", () => {
    expect(MINUTES_PER_WORKING_DAY).toBe(480);
    expect(workingDays(1440)).toBe(3);
  });
});
