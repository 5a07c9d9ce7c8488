import { describe, expect, it } from "vitest";
import { ACTION_NAMES, type ActionName } from "../actions";
import type { FileStatus } from "../file-status";
import { type Actor, type Role, ROLES } from "../roles";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { actors, ISSUED_PATH_MOVES, type Move, play, REJECTED_PATH_MOVES, type Run } from "../testing.test-helpers";
import type { Command } from "./events";
import { availableActions, transition } from "./machine";

/** Written out from the SOP document by hand, independently of the seeded data the machine reads. */
const PERFORMERS: Record<number, Partial<Record<ActionName, Role | Role[]>>> = {
  // Online by the applicant, or by the counter for a walk-in applicant.
  1: { COMPLETE: ["PEMOHON", "FRONT_OFFICE"] },
  2: { COMPLETE: "FRONT_OFFICE", RETURN: "FRONT_OFFICE" },
  3: { COMPLETE: "FRONT_OFFICE" },
  4: { COMPLETE: "BACK_OFFICE" },
  5: { COMPLETE: "BACK_OFFICE", RETURN: "BACK_OFFICE" },
  6: { COMPLETE: "TIM_TEKNIS" },
  7: { COMPLETE: "TIM_TEKNIS" },
  8: { APPROVE: "TIM_TEKNIS", REJECT: "TIM_TEKNIS" },
  9: { COMPLETE: "TIM_TEKNIS" },
  10: { COMPLETE: "KABID_PELAYANAN" },
  11: { COMPLETE: "SEKRETARIS" },
  12: { COMPLETE: "SEKRETARIS" },
  13: { COMPLETE: "KASUBBAG_UMUM" },
  14: { COMPLETE: "FRONT_OFFICE" },
  15: { COMPLETE: "PEMOHON", RECORD_RECEIPT: "FRONT_OFFICE" },
  16: { COMPLETE: "BACK_OFFICE" },
  17: { COMPLETE: "BACK_OFFICE" },
  18: { COMPLETE: "KABID_PELAYANAN" },
  19: { COMPLETE: "SEKRETARIS" },
  20: { COMPLETE: "KADIS" },
  21: { COMPLETE: "KASUBBAG_UMUM" },
  22: { COMPLETE: "FRONT_OFFICE" },
  23: { COMPLETE: "PEMOHON", RECORD_RECEIPT: "FRONT_OFFICE" },
};
/** Before signing and off the rejection path. */
const WITHDRAWABLE = new Set([1, 2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20]);

const ACTOR_FOR: Record<Role, Actor> = {
  PEMOHON: actors.applicant,
  FRONT_OFFICE: actors.frontOffice,
  KASUBBAG_UMUM: actors.kasubbag,
  BACK_OFFICE: actors.backOffice,
  TIM_TEKNIS: actors.tt1,
  KABID_PELAYANAN: actors.kabid,
  SEKRETARIS: actors.sekretaris,
  KADIS: actors.kadis,
  ADMIN: actors.admin,
  AUDITOR: actors.auditor,
};

const ISSUED_ORDER = [1, 2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20, 21, 22, 23];
const REJECTED_ORDER = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

function fileAtStep(no: number): Run {
  const issuedIndex = ISSUED_ORDER.indexOf(no);
  return issuedIndex >= 0
    ? play(SOP, ISSUED_PATH_MOVES.slice(0, issuedIndex))
    : play(SOP, REJECTED_PATH_MOVES.slice(0, REJECTED_ORDER.indexOf(no)));
}

/** A command with everything any action could need, so that only role and availability decide. */
function fullCommand(no: number, action: ActionName): Command {
  return { action, reasons: ["Alasan pengujian"], ...(no === 5 && action === "COMPLETE" ? { assignees: ["tt-1"] } : {}) };
}

type Outcome = "OK" | "FORBIDDEN" | "ILLEGAL_ACTION" | "INVALID_INPUT";

function expectedAtStep(no: number, role: Role, action: ActionName): Outcome {
  const performer = PERFORMERS[no]?.[action];
  if (performer) return [performer].flat().includes(role) ? "OK" : "FORBIDDEN";
  if (action === "WITHDRAW" && WITHDRAWABLE.has(no)) return role === "PEMOHON" ? "OK" : "FORBIDDEN";
  return "ILLEGAL_ACTION";
}

function outcomeOf(run: Run, actor: Actor, command: Command): Outcome {
  const result = transition(SOP, run.state, command, actor, new Date(run.at.getTime() + 60_000));
  return result.ok ? "OK" : result.code;
}

const cases = SOP.steps.flatMap(({ no }) =>
  ROLES.flatMap((role) => ACTION_NAMES.map((action) => [no, role, action, expectedAtStep(no, role, action)] as const)),
);

describe("every step × every role × every action", () => {
  const files = new Map(SOP.steps.map(({ no }) => [no, fileAtStep(no)]));

  it("reaches every step of the SOP for the matrix", () => {
    for (const [no, run] of files) expect(run.state).toMatchObject({ step: no, status: "IN_PROGRESS" });
  });

  it.each(cases)("step %i, %s, %s → %s", (no, role, action, expected) => {
    const run = files.get(no) as Run;
    expect(outcomeOf(run, ACTOR_FOR[role], fullCommand(no, action))).toBe(expected);
  });

  it.each(SOP.steps.map(({ no }) => no))("availableActions agrees with the matrix at step %i", (no) => {
    const run = files.get(no) as Run;
    for (const role of ROLES) {
      const expected = ACTION_NAMES.filter((action) => expectedAtStep(no, role, action) === "OK");
      expect(availableActions(SOP, run.state, ACTOR_FOR[role])).toEqual(expected);
    }
  });
});

describe("every role × every action on a file that is not at a step", () => {
  const returned = play(SOP, [ISSUED_PATH_MOVES[0] as Move, [actors.frontOffice, { action: "RETURN", reasons: ["x"] }]]);
  const issued = play(SOP, ISSUED_PATH_MOVES);
  const rejected = play(SOP, REJECTED_PATH_MOVES);
  const withdrawn = play(SOP, [[actors.applicant, { action: "WITHDRAW", reasons: ["x"] }]]);
  const revoked = play(SOP, [[actors.kadis, { action: "REVOKE", reasons: ["x"] }]], { from: issued });
  const files: Record<Exclude<FileStatus, "IN_PROGRESS">, Run> = {
    RETURNED: returned,
    ISSUED: issued,
    REJECTED: rejected,
    WITHDRAWN: withdrawn,
    REVOKED: revoked,
  };

  const expected = (status: keyof typeof files, role: Role, action: ActionName): Outcome => {
    if (status === "RETURNED" && (action === "RESUBMIT" || action === "WITHDRAW")) return role === "PEMOHON" ? "OK" : "FORBIDDEN";
    if (status === "ISSUED" && action === "REVOKE") return role === "KADIS" ? "OK" : "FORBIDDEN";
    return "ILLEGAL_ACTION";
  };

  const statusCases = (Object.keys(files) as Array<keyof typeof files>).flatMap((status) =>
    ROLES.flatMap((role) => ACTION_NAMES.map((action) => [status, role, action, expected(status, role, action)] as const)),
  );

  it.each(statusCases)("%s, %s, %s → %s", (status, role, action, outcome) => {
    const run = files[status];
    expect(run.state.status).toBe(status);
    expect(outcomeOf(run, ACTOR_FOR[role], { action, reasons: ["Alasan pengujian"] })).toBe(outcome);
  });
});
