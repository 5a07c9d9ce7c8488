import { describe, expect, it } from "vitest";
import type { Command, FileEvent } from "../file/events";
import { transition } from "../file/machine";
import { type FileState, startFile } from "../file/state";
import type { Actor } from "../roles";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { actors, ISSUED_PATH_MOVES, play, REJECTED_PATH_MOVES } from "../testing.test-helpers";
import { addWorkingMinutes, defaultCalendar } from "../time/calendar";
import { SLA_LABELS, slaStateOf, stepDueAt } from "./sla";
import { stepDurations } from "./step-durations";
import { fileTimeline } from "./timeline";

const cal = defaultCalendar();
const wib = (local: string): Date => new Date(`${local}:00+07:00`);
const STARTED = wib("2025-03-03T07:00");

/** Plays moves at given WIB wall-clock times. */
function playAt(moves: Array<[Actor, Command, string]>): { state: FileState; events: FileEvent[] } {
  let state = startFile(SOP, STARTED);
  const events: FileEvent[] = [];
  for (const [actor, command, local] of moves) {
    const result = transition(SOP, state, command, actor, wib(local));
    if (!result.ok) throw new Error(`${command.action} @${local}: ${result.message}`);
    state = result.state;
    events.push(result.event);
  }
  return { state, events };
}

const SUBMIT: [Actor, Command, string] = [actors.applicant, { action: "COMPLETE" }, "2025-03-03T09:00"];
const RETURN_AT_2: [Actor, Command, string] = [actors.frontOffice, { action: "RETURN", reasons: ["KTP buram"] }, "2025-03-03T10:00"];
const RESUBMIT: [Actor, Command, string] = [actors.applicant, { action: "RESUBMIT" }, "2025-03-04T10:00"];

describe("slaStateOf", () => {
  it.each([
    [0, 120, "ON_TIME"],
    [90, 120, "ON_TIME"],
    [91, 120, "AT_RISK"],
    [120, 120, "AT_RISK"],
    [121, 120, "OVERDUE"],
  ])("%i of %i minutes is %s", (spent, standard, state) => {
    expect(slaStateOf(spent, standard)).toBe(state);
  });

  it("has Indonesian labels", () => {
    expect(SLA_LABELS).toEqual({ ON_TIME: "Tepat waktu", AT_RISK: "Berisiko terlambat", OVERDUE: "Terlambat" });
  });
});

describe("stepDueAt", () => {
  it("is none for a draft: the clock starts at submission", () => {
    expect(stepDueAt(SOP, cal, startFile(SOP, STARTED))).toBeNull();
  });

  it("is the start of the step plus its standard in working time", () => {
    const { state } = playAt([SUBMIT]);
    expect(stepDueAt(SOP, cal, state)).toEqual(wib("2025-03-03T11:00"));
  });

  it("is none while the file is with the applicant, or closed", () => {
    expect(stepDueAt(SOP, cal, playAt([SUBMIT, RETURN_AT_2]).state)).toBeNull();
    expect(stepDueAt(SOP, cal, play(SOP, ISSUED_PATH_MOVES).state)).toBeNull();
  });

  it("is none for a state whose step the SOP does not know", () => {
    const { state } = playAt([SUBMIT]);
    expect(stepDueAt(SOP, cal, { ...state, step: 99 })).toBeNull();
  });
});

describe("fileTimeline", () => {
  it("shows a resubmitted file back at step 2, splitting office and applicant time", () => {
    const { events } = playAt([SUBMIT, RETURN_AT_2, RESUBMIT]);
    const timeline = fileTimeline(SOP, cal, events, STARTED, wib("2025-03-04T10:30"));

    expect(timeline).toMatchObject({
      status: "IN_PROGRESS",
      currentStep: 2,
      returnedFromStep: null,
      submittedAt: wib("2025-03-03T09:00"),
      closedAt: null,
      officeMinutes: 60 + 30,
      applicantMinutes: 6 * 60 + 2 * 60,
      pathTotalStandardMinutes: 2865,
    });
    const [first, second, third] = timeline.steps;
    expect(first).toMatchObject({ no: 1, status: "DONE", visits: 1, spentMinutes: 60, actorId: "pemohon-1", actorRole: "PEMOHON", sla: "ON_TIME" });
    expect(second).toMatchObject({
      no: 2,
      status: "CURRENT",
      visits: 2,
      startedAt: wib("2025-03-04T10:00"),
      spentMinutes: 30,
      dueAt: wib("2025-03-04T12:00"),
      sla: "ON_TIME",
    });
    expect(third).toMatchObject({ no: 3, status: "PENDING", visits: 0 });
    // Ahead: the expected way (3–8, then 16–23); the refusal's steps 9–15 are not listed as coming.
    expect(timeline.steps.filter((s) => s.status === "PENDING").map((s) => s.no)).toEqual([3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(timeline.steps.filter((s) => s.no >= 9 && s.no <= 15).map((s) => s.status)).toEqual(Array(7).fill("SKIPPED"));
    // Step 2 due at Tue 12:00, then 2685 minutes of the expected path (3–8, 16–23): Wed 12 March 08:45.
    expect(timeline.expectedCompletionAt).toEqual(wib("2025-03-12T08:45"));
    expect(timeline.expectedCompletionAt).toEqual(addWorkingMinutes(cal, wib("2025-03-04T12:00"), 2685));
  });

  it.each([
    ["2025-03-04T11:41", "AT_RISK"],
    ["2025-03-05T10:00", "OVERDUE"],
  ])("flags the current step at %s as %s, and estimates from now once late", (now, sla) => {
    const { events } = playAt([SUBMIT, RETURN_AT_2, RESUBMIT]);
    const timeline = fileTimeline(SOP, cal, events, STARTED, wib(now));
    expect(timeline.steps[1]?.sla).toBe(sla);
    const base = sla === "OVERDUE" ? wib(now) : wib("2025-03-04T12:00");
    expect(timeline.expectedCompletionAt).toEqual(addWorkingMinutes(cal, base, 2685));
  });

  it("shows a returned file with no current step, the return's origin, and the redo ahead", () => {
    const times = ["2025-03-03T09:00", "2025-03-03T09:10", "2025-03-03T09:20", "2025-03-03T09:30"];
    const toStep5 = ISSUED_PATH_MOVES.slice(0, 4).map(([actor, command], i): [Actor, Command, string] => [actor, command, times[i] as string]);
    const { events } = playAt([...toStep5, [actors.backOffice, { action: "RETURN", reasons: ["Ijazah"] }, "2025-03-03T10:00"]]);
    const now = wib("2025-03-04T08:00");
    const timeline = fileTimeline(SOP, cal, events, STARTED, now);
    expect(timeline).toMatchObject({ status: "RETURNED", currentStep: null, returnedFromStep: 5, applicantMinutes: 6 * 60 });
    expect(timeline.steps.slice(0, 5).map((s) => [s.no, s.status, s.visits])).toEqual([
      [1, "DONE", 1],
      [2, "PENDING", 1],
      [3, "PENDING", 1],
      [4, "PENDING", 1],
      [5, "PENDING", 1],
    ]);
    expect(timeline.expectedCompletionAt).toEqual(addWorkingMinutes(cal, now, 2865 - 60));
  });

  it("shows a draft with the applicant's step current, no due and no office time", () => {
    const now = wib("2025-03-03T10:00");
    const timeline = fileTimeline(SOP, cal, [], STARTED, now);
    expect(timeline.steps[0]).toMatchObject({ status: "CURRENT", spentMinutes: 120 });
    expect(timeline.steps[0]).not.toHaveProperty("dueAt");
    expect(timeline).toMatchObject({ officeMinutes: 0, applicantMinutes: 0, submittedAt: null });
    expect(timeline.expectedCompletionAt).toEqual(addWorkingMinutes(cal, addWorkingMinutes(cal, now, 60), 2865 - 60));
  });

  it("closes an issued file: the rejection path skipped, no estimate", () => {
    const run = play(SOP, ISSUED_PATH_MOVES, { startedAt: wib("2025-03-03T08:00"), minutesApart: 30 });
    const timeline = fileTimeline(SOP, cal, run.events, run.startedAt, wib("2025-03-20T08:00"));
    const byStatus = (status: string): number[] => timeline.steps.filter((s) => s.status === status).map((s) => s.no);
    expect(byStatus("DONE")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(byStatus("SKIPPED")).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(timeline).toMatchObject({ status: "ISSUED", currentStep: null, expectedCompletionAt: null, pathTotalStandardMinutes: 2865, closedAt: run.at });
    // 14 office steps of 30 minutes each; the receipt step (23) is the applicant's.
    expect(timeline.officeMinutes).toBe(14 * 30);
    expect(timeline.applicantMinutes).toBe(30);
  });

  it("closes a rejected file with the issuing path skipped", () => {
    const run = play(SOP, REJECTED_PATH_MOVES);
    const timeline = fileTimeline(SOP, cal, run.events, run.startedAt, run.at);
    expect(timeline.steps.filter((s) => s.status === "SKIPPED").map((s) => s.no)).toEqual([16, 17, 18, 19, 20, 21, 22, 23]);
    expect(timeline.pathTotalStandardMinutes).toBe(2565);
  });

  it("marks the step a withdrawal stopped", () => {
    const run = play(SOP, [...ISSUED_PATH_MOVES.slice(0, 5), [actors.applicant, { action: "WITHDRAW", reasons: ["x"] }]]);
    const timeline = fileTimeline(SOP, cal, run.events, run.startedAt, run.at);
    expect(timeline.steps.slice(4, 7).map((s) => [s.no, s.status])).toEqual([
      [5, "DONE"],
      [6, "STOPPED"],
      [7, "SKIPPED"],
    ]);
    expect(timeline.pathTotalStandardMinutes).toBe(60 + 120 + 30 + 180 + 240 + 480);
  });
});

describe("stepDurations", () => {
  it("lists every finished stay with working time against the standard", () => {
    const { events } = playAt([SUBMIT, RETURN_AT_2, RESUBMIT, [actors.frontOffice, { action: "COMPLETE" }, "2025-03-04T13:00"]]);
    expect(stepDurations(SOP, cal, events, STARTED)).toEqual([
      {
        stepNo: 1,
        visit: 1,
        role: "PEMOHON",
        actorId: "pemohon-1",
        actorRole: "PEMOHON",
        action: "COMPLETE",
        startedAt: STARTED,
        finishedAt: wib("2025-03-03T09:00"),
        workingMinutes: 60,
        standardMinutes: 60,
        onTime: true,
        applicantTime: true,
      },
      {
        stepNo: 2,
        visit: 1,
        role: "FRONT_OFFICE",
        actorId: "fo-1",
        actorRole: "FRONT_OFFICE",
        action: "RETURN",
        startedAt: wib("2025-03-03T09:00"),
        finishedAt: wib("2025-03-03T10:00"),
        workingMinutes: 60,
        standardMinutes: 120,
        onTime: true,
        applicantTime: false,
      },
      {
        stepNo: 2,
        visit: 2,
        role: "FRONT_OFFICE",
        actorId: "fo-1",
        actorRole: "FRONT_OFFICE",
        action: "COMPLETE",
        startedAt: wib("2025-03-04T10:00"),
        finishedAt: wib("2025-03-04T13:00"),
        workingMinutes: 180,
        standardMinutes: 120,
        onTime: false,
        applicantTime: false,
      },
    ]);
  });

  it("credits the counter's recorded receipt to the applicant's step", () => {
    const run = play(SOP, [...ISSUED_PATH_MOVES.slice(0, -1), [actors.frontOffice, { action: "RECORD_RECEIPT" }]]);
    const last = stepDurations(SOP, cal, run.events, run.startedAt).at(-1);
    expect(last).toMatchObject({ stepNo: 23, role: "PEMOHON", actorRole: "FRONT_OFFICE", action: "RECORD_RECEIPT", applicantTime: true });
  });

  it("leaves out a stay ended by withdrawal", () => {
    const run = play(SOP, [...ISSUED_PATH_MOVES.slice(0, 2), [actors.applicant, { action: "WITHDRAW", reasons: ["x"] }]]);
    expect(stepDurations(SOP, cal, run.events, run.startedAt).map((d) => d.stepNo)).toEqual([1, 2]);
  });
});
