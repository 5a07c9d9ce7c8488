import { describe, expect, it } from "vitest";
import type { Actor } from "../roles";
import type { Command, FileEvent } from "../file/events";
import { transition } from "../file/machine";
import { type FileState, startFile } from "../file/state";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { defaultCalendar } from "../time/calendar";
import { actors } from "../testing.test-helpers";
import { fileStats } from "./file-stats";

const wib = (local: string): Date => new Date(`${local}:00+07:00`);

/**
 * A hand-made history, every figure below worked out by hand on the office calendar
 * (Mon–Fri 08:00–16:00 WIB). Friday 7 March 2025 to Friday 21 March: a weekend inside step 2,
 * a return at step 5 (with the applicant Tue 10:00 → Thu 09:00), a rejection at step 8, and
 * Tuesday 18 March, which becomes a holiday (cuti bersama) only after the fact.
 */
const MOVES: Array<[Actor, Command, string]> = [
  [actors.applicant, { action: "COMPLETE" }, "2025-03-07T14:00"], // 1: submitted Friday afternoon
  [actors.frontOffice, { action: "COMPLETE" }, "2025-03-10T09:00"], // 2: Fri 14–16 + Mon 8–9 = 180
  [actors.frontOffice, { action: "COMPLETE" }, "2025-03-10T09:20"], // 3: 20
  [actors.backOffice, { action: "COMPLETE" }, "2025-03-10T12:00"], // 4: 160
  [actors.backOffice, { action: "RETURN", reasons: ["Ijazah tidak terbaca"] }, "2025-03-11T10:00"], // 5: 240 + 120 = 360
  [actors.applicant, { action: "RESUBMIT" }, "2025-03-13T09:00"], // with the applicant
  [actors.frontOffice, { action: "COMPLETE" }, "2025-03-13T10:00"], // 2 again: 60
  [actors.frontOffice, { action: "COMPLETE" }, "2025-03-13T10:15"], // 3 again: 15
  [actors.backOffice, { action: "COMPLETE" }, "2025-03-13T12:15"], // 4 again: 120
  [actors.backOffice, { action: "COMPLETE", assignees: ["tt-1", "tt-2"] }, "2025-03-14T09:15"], // 5 again: 225 + 75 = 300
  [actors.tt1, { action: "COMPLETE" }, "2025-03-17T09:15"], // 6: 405 + 75 = 480
  [actors.tt2, { action: "COMPLETE" }, "2025-03-19T08:00"], // 7: Mon 405 + Tue 480 (0 on the holiday) = 885 (405)
  [actors.tt1, { action: "REJECT", reasons: ["STR tidak berlaku"] }, "2025-03-19T15:00"], // 8: 420
  [actors.tt1, { action: "COMPLETE" }, "2025-03-20T08:30"], // 9: 60 + 30 = 90
  [actors.kabid, { action: "COMPLETE" }, "2025-03-20T09:00"], // 10: 30
  [actors.sekretaris, { action: "COMPLETE" }, "2025-03-20T09:30"], // 11: 30
  [actors.sekretaris, { action: "COMPLETE" }, "2025-03-20T11:00"], // 12: 90
  [actors.kasubbag, { action: "COMPLETE" }, "2025-03-20T11:30"], // 13: 30
  [actors.frontOffice, { action: "COMPLETE" }, "2025-03-20T12:00"], // 14: 30
  [actors.applicant, { action: "COMPLETE" }, "2025-03-21T10:00"], // 15: the applicant collects the letter
];
const STARTED = wib("2025-03-07T07:00");

function history(moves = MOVES): FileEvent[] {
  let state: FileState = startFile(SOP, STARTED);
  return moves.map(([actor, command, local]) => {
    const result = transition(SOP, state, command, actor, wib(local));
    if (!result.ok) throw new Error(`${command.action} @${local}: ${result.message}`);
    state = result.state;
    return result.event;
  });
}

describe("fileStats on a hand-made history", () => {
  const plain = fileStats(SOP, defaultCalendar(), history(), STARTED);
  const withHoliday = fileStats(SOP, defaultCalendar(["2025-03-18"]), history(), STARTED);

  it("lists every stay with its working time against the step's standard", () => {
    const rows = plain.stays.map((s) => [s.stepNo, s.visit, s.workingMinutes, s.standardMinutes, s.onTime, s.officeTime]);
    expect(rows).toEqual([
      [1, 1, 360, 60, false, false], // the draft, Fri 07:00 (counted from 08:00) to 14:00: the applicant's time
      [2, 1, 180, 120, false, true],
      [3, 1, 20, 30, true, true],
      [4, 1, 160, 180, true, true],
      [5, 1, 360, 240, false, true],
      [2, 2, 60, 120, true, true],
      [3, 2, 15, 30, true, true],
      [4, 2, 120, 180, true, true],
      [5, 2, 300, 240, false, true],
      [6, 1, 480, 480, true, true],
      [7, 1, 885, 480, false, true],
      [8, 1, 420, 480, true, true],
      [9, 1, 90, 120, true, true],
      [10, 1, 30, 60, true, true],
      [11, 1, 30, 60, true, true],
      [12, 1, 90, 120, true, true],
      [13, 1, 30, 60, true, true],
      [14, 1, 30, 60, true, true],
      [15, 1, 360, 15, false, false], // the applicant's receipt: never the office's time
    ]);
  });

  it("links each officer's stays on the file, so a file counts once per officer", () => {
    const fo = plain.stays.filter((s) => s.actorId === "fo-1").map((s) => [s.stepNo, s.visit, s.previousByActorAt]);
    expect(fo).toEqual([
      [2, 1, null],
      [3, 1, wib("2025-03-10T09:00")],
      [2, 2, wib("2025-03-10T09:20")],
      [3, 2, wib("2025-03-13T10:00")],
      [14, 1, wib("2025-03-13T10:15")],
    ]);
    expect(plain.stays.filter((s) => s.counted)).toHaveLength(17);
    expect(plain.stays.find((s) => s.stepNo === 15)).toMatchObject({ counted: false, previousByActorAt: null });
  });

  it("keeps who ended each stay and why", () => {
    const fifth = plain.stays[4];
    expect(fifth).toMatchObject({ endedBy: "RETURN", actorId: "bo-1", actorRole: "BACK_OFFICE", reasons: ["Ijazah tidak terbaca"], role: "BACK_OFFICE" });
    expect(plain.stays[11]).toMatchObject({ stepNo: 8, endedBy: "REJECT", actorId: "tt-1", reasons: ["STR tidak berlaku"] });
    expect(plain.stays[1]).toMatchObject({ reasons: [] });
  });

  it("sums the office's time from submission to close, without the weeks with the applicant", () => {
    expect(plain.summary).toEqual({
      status: "REJECTED",
      submittedAt: wib("2025-03-07T14:00"),
      closedAt: wib("2025-03-21T10:00"),
      outcome: "REJECTED",
      // 720 before the return + 495 after it + 1785 for steps 6–8 + 300 on the rejection path
      officeMinutes: 3300,
      // (120 + 30 + 180 + 240) × 2 + 480 × 3 + (120 + 60 + 60 + 120 + 60 + 60)
      officeStandardMinutes: 3060,
      withinStandard: false,
      returnCount: 1,
    });
  });

  it("follows a holiday declared afterwards: step 7 loses a day and the file is within standard", () => {
    expect(withHoliday.stays[10]).toMatchObject({ stepNo: 7, workingMinutes: 405, onTime: true });
    expect(withHoliday.summary).toMatchObject({ officeMinutes: 2820, officeStandardMinutes: 3060, withinStandard: true });
  });

  it("leaves the stay open, and the totals empty, while the file is still moving", () => {
    const open = fileStats(SOP, defaultCalendar(), history(MOVES.slice(0, 7)), STARTED);
    expect(open.stays.at(-1)).toMatchObject({ stepNo: 3, visit: 2, finishedAt: null, workingMinutes: null, onTime: null, officeTime: true });
    expect(open.summary).toMatchObject({ status: "IN_PROGRESS", closedAt: null, outcome: null, officeMinutes: null, withinStandard: null, returnCount: 1 });
  });

  it("counts a withdrawn file as closed but neither within nor outside the standard", () => {
    const moves: Array<[Actor, Command, string]> = [
      ...MOVES.slice(0, 5),
      [actors.applicant, { action: "WITHDRAW", reasons: ["Pindah tempat kerja"] }, "2025-03-12T09:00"],
    ];
    const withdrawn = fileStats(SOP, defaultCalendar(), history(moves), STARTED);
    expect(withdrawn.summary).toMatchObject({
      status: "WITHDRAWN",
      outcome: "WITHDRAWN",
      closedAt: wib("2025-03-12T09:00"),
      officeMinutes: 720,
      withinStandard: null,
    });
  });

  it("has no submission and no office time for a draft", () => {
    const draft = fileStats(SOP, defaultCalendar(), [], STARTED);
    expect(draft.stays).toHaveLength(1);
    expect(draft.stays[0]).toMatchObject({ stepNo: 1, officeTime: false, finishedAt: null });
    expect(draft.summary).toMatchObject({ submittedAt: null, status: "IN_PROGRESS", returnCount: 0 });
  });
});
