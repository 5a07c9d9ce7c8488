import { describe, expect, it } from "vitest";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { actors, ISSUED_PATH_MOVES, play } from "../testing.test-helpers";
import { assignmentColumns, stepsActedOnBy, whyCannotAct } from "./worklist";

describe("the worklist's reading of the SOP", () => {
  it.each([
    ["FRONT_OFFICE", [[1, "FRONT_OFFICE"], [2, "FRONT_OFFICE"], [3, "FRONT_OFFICE"], [14, "FRONT_OFFICE"], [15, "FRONT_OFFICE"], [22, "FRONT_OFFICE"], [23, "FRONT_OFFICE"]]],
    ["TIM_TEKNIS", [[6, "TIM_TEKNIS"], [7, "TIM_TEKNIS"], [8, "TIM_TEKNIS"], [9, "TIM_TEKNIS"]]],
    ["KADIS", [[20, "KADIS"]]],
    ["ADMIN", []],
  ] as const)("%s acts at the steps it performs, including `by:` performers (counter intake, receipts), not at revoke", (role, expected) => {
    expect(stepsActedOnBy(SOP, { id: "x", roles: [role] }).map((p) => [p.step, p.role])).toEqual(expected);
  });

  it("stores who is named for the file, per restricted role", () => {
    const at6 = play(SOP, ISSUED_PATH_MOVES.slice(0, 5));
    expect(assignmentColumns(at6.state)).toEqual({ restrictedRoles: ["TIM_TEKNIS"], assignees: ["tt-1", "tt-2"] });
    expect(assignmentColumns(play(SOP, ISSUED_PATH_MOVES.slice(0, 2)).state)).toEqual({ restrictedRoles: [], assignees: [] });
  });

  it("says why a holder of the step's role cannot act, and nothing when they can or the step is not theirs", () => {
    const at6 = play(SOP, ISSUED_PATH_MOVES.slice(0, 5));
    expect(whyCannotAct(SOP, at6.state, { id: "tt-9", roles: ["TIM_TEKNIS"] })).toMatch(/tidak ditugaskan sebagai Tim Teknis/);
    expect(whyCannotAct(SOP, at6.state, actors.tt1)).toBeNull();
    expect(whyCannotAct(SOP, at6.state, actors.kadis)).toBeNull();
    // Four eyes: the Sekretaris who initialled at 19 cannot also sign at 20 if they held KADIS too.
    const at20 = play(SOP, ISSUED_PATH_MOVES.slice(0, 12));
    expect(at20.state.step).toBe(20);
    const both = { id: actors.sekretaris.id, roles: ["SEKRETARIS", "KADIS"] as ("SEKRETARIS" | "KADIS")[] };
    expect(whyCannotAct(SOP, at20.state, both)).toMatch(/Prinsip empat mata/);
    const closed = play(SOP, ISSUED_PATH_MOVES);
    expect(whyCannotAct(SOP, closed.state, actors.frontOffice)).toBeNull();
  });
});
