import { describe, expect, it } from "vitest";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { sopTotals } from "../sop/totals";
import type { SopDefinition } from "../sop/types";
import { validateSop } from "../sop/validate";
import { actors, ISSUED_PATH_MOVES, type Move, play, REJECTED_PATH_MOVES, renumbered } from "../testing.test-helpers";
import { availableActions, transition } from "./machine";
import { replay } from "./replay";
import { startFile } from "./state";

describe("a second SOP version with steps renumbered 10, 20, 30 …", () => {
  const v2 = renumbered(SOP, 10);

  it("is a valid SOP with the same totals", () => {
    expect(validateSop(v2)).toMatchObject({ ok: true });
    expect(sopTotals(v2)).toMatchObject({ issuedPathMinutes: 2865, rejectedPathMinutes: 2565 });
  });

  it("runs the issued path through the same machine", () => {
    const run = play(v2, ISSUED_PATH_MOVES);
    expect(run.events.map((e) => e.fromStep)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 160, 170, 180, 190, 200, 210, 220, 230]);
    expect(run.state).toMatchObject({ status: "ISSUED", sopVersion: 2, signed: true, numbered: ["PERMIT"] });
    expect(replay(v2, run.events, run.startedAt)).toEqual(run.state);
  });

  it("runs the rejected path, with withdrawal blocked on it", () => {
    const run = play(v2, REJECTED_PATH_MOVES);
    expect(run.events.map((e) => e.fromStep)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150]);
    expect(run.state.status).toBe("REJECTED");
    const onPath = play(v2, REJECTED_PATH_MOVES.slice(0, 9));
    expect(availableActions(v2, onPath.state, actors.applicant)).toEqual([]);
  });

  it("returns at 20 and 50 back to 20", () => {
    const run = play(v2, [
      ISSUED_PATH_MOVES[0] as Move,
      [actors.frontOffice, { action: "RETURN", reasons: ["x"] }],
      [actors.applicant, { action: "RESUBMIT" }],
      ...ISSUED_PATH_MOVES.slice(1, 4),
      [actors.backOffice, { action: "RETURN", reasons: ["y"] }],
    ]);
    expect(run.state).toMatchObject({ status: "RETURNED", step: 20, returnedFromStep: 50, returnCount: 2 });
  });

  it("follows a role changed by the office in a new version, without a code change", () => {
    const v3: SopDefinition = {
      ...v2,
      version: 3,
      steps: v2.steps.map((step) => (step.no === 130 ? { ...step, role: "FRONT_OFFICE", roleReadingNote: undefined } : step)),
    };
    const run = play(v3, REJECTED_PATH_MOVES.slice(0, 12));
    expect(run.state.step).toBe(130);
    expect(availableActions(v3, run.state, actors.kasubbag)).toEqual([]);
    expect(availableActions(v3, run.state, actors.frontOffice)).toEqual(["COMPLETE"]);
  });
});

/** A shorter SOP: the Kepala Dinas decides right after the counter, a refusal closes the file at once. */
const SHORT: SopDefinition = {
  code: "IZIN-SINGKAT",
  version: 1,
  title: "Izin Singkat",
  permitTypeName: "Izin Singkat",
  documentNumber: "SOP/UJI/1",
  legalBasis: [],
  steps: [
    { no: 100, activity: "Mengajukan", role: "PEMOHON", inputs: [], standardMinutes: 30, output: "Berkas", actions: [{ action: "COMPLETE", to: { step: 200 } }], markers: { applicantStep: true } },
    {
      no: 200,
      activity: "Memeriksa",
      role: "FRONT_OFFICE",
      inputs: [],
      standardMinutes: 60,
      output: "Berkas lengkap",
      actions: [
        { action: "COMPLETE", to: { step: 300 } },
        { action: "RETURN", to: { resubmitTo: 100 }, requiresReasons: true },
      ],
    },
    {
      no: 300,
      activity: "Memutuskan dan menandatangani",
      role: "KADIS",
      inputs: [],
      standardMinutes: 480,
      output: "Keputusan",
      actions: [
        { action: "APPROVE", to: { step: 400 } },
        { action: "REJECT", to: { end: "REJECTED" }, requiresReasons: true },
      ],
      markers: { signs: true },
    },
    {
      no: 400,
      activity: "Menerima izin",
      role: "PEMOHON",
      inputs: [],
      standardMinutes: 15,
      output: "Izin diterima",
      actions: [
        { action: "COMPLETE", to: { end: "ISSUED" } },
        { action: "RECORD_RECEIPT", to: { end: "ISSUED" }, by: "FRONT_OFFICE" },
      ],
      markers: { applicantStep: true, receipt: true },
    },
  ],
  resubmit: { role: "PEMOHON" },
  withdraw: { role: "PEMOHON", allowedStatuses: ["IN_PROGRESS"], requiresReasons: false, blockedAfterMarker: "signs" },
};

describe("a shorter SOP", () => {
  it("is valid and has its own totals", () => {
    expect(validateSop(SHORT)).toMatchObject({ ok: true });
    expect(sopTotals(SHORT)).toMatchObject({ issuedPathMinutes: 585, rejectedPathMinutes: 570 });
  });

  it("issues, with the counter recording receipt", () => {
    const run = play(SHORT, [
      [actors.applicant, { action: "COMPLETE" }],
      [actors.frontOffice, { action: "COMPLETE" }],
      [actors.kadis, { action: "APPROVE" }],
      [actors.frontOffice, { action: "RECORD_RECEIPT" }],
    ]);
    expect(run.state).toMatchObject({ status: "ISSUED", signed: true });
    expect(run.events.at(-1)).toMatchObject({ onBehalfOf: "PEMOHON" });
  });

  it("rejects straight from the decision, and a return resumes at the applicant's own step", () => {
    const run = play(SHORT, [
      [actors.applicant, { action: "COMPLETE" }],
      [actors.frontOffice, { action: "RETURN", reasons: ["x"] }],
      [actors.applicant, { action: "RESUBMIT" }],
    ]);
    expect(run.state).toMatchObject({ step: 100, status: "IN_PROGRESS" });
    const rejected = play(
      SHORT,
      [
        [actors.applicant, { action: "COMPLETE" }],
        [actors.frontOffice, { action: "COMPLETE" }],
        [actors.kadis, { action: "REJECT", reasons: ["Tidak memenuhi syarat"] }],
      ],
      { from: run },
    );
    expect(rejected.state.status).toBe("REJECTED");
    expect(rejected.events.at(-1)).toMatchObject({ fromStep: 300, toStep: null });
  });

  it("follows its own withdrawal rule: no reasons needed, not while returned", () => {
    const draft = startFile(SHORT, new Date("2025-03-03T01:00:00Z"));
    const at = new Date("2025-03-03T02:00:00Z");
    expect(transition(SHORT, draft, { action: "WITHDRAW" }, actors.applicant, at)).toMatchObject({ ok: true });
    const returned = play(SHORT, [
      [actors.applicant, { action: "COMPLETE" }],
      [actors.frontOffice, { action: "RETURN", reasons: ["x"] }],
    ]);
    expect(availableActions(SHORT, returned.state, actors.applicant)).toEqual(["RESUBMIT"]);
  });

  it("has no revocation when the SOP defines none", () => {
    const run = play(SHORT, [
      [actors.applicant, { action: "COMPLETE" }],
      [actors.frontOffice, { action: "COMPLETE" }],
      [actors.kadis, { action: "APPROVE" }],
      [actors.applicant, { action: "COMPLETE" }],
    ]);
    expect(availableActions(SHORT, run.state, actors.kadis)).toEqual([]);
  });

  it("refuses RESUBMIT when an SOP returns files but names nobody to resubmit", () => {
    const noResubmit: SopDefinition = { ...SHORT, resubmit: undefined };
    const returned = play(noResubmit, [
      [actors.applicant, { action: "COMPLETE" }],
      [actors.frontOffice, { action: "RETURN", reasons: ["x"] }],
    ]);
    expect(transition(noResubmit, returned.state, { action: "RESUBMIT" }, actors.applicant, new Date(returned.at.getTime() + 1))).toMatchObject({
      code: "ILLEGAL_ACTION",
    });
  });
});

describe("an SOP that (wrongly) gives a step to a system role", () => {
  it("is flagged by validation, and the machine still lets nobody act there", () => {
    const adminStep: SopDefinition = { ...SHORT, steps: SHORT.steps.map((s) => (s.no === 200 ? { ...s, role: "ADMIN" } : s)) };
    expect(validateSop(adminStep).ok).toBe(false);
    const run = play(adminStep, [[actors.applicant, { action: "COMPLETE" }]]);
    expect(availableActions(adminStep, run.state, actors.admin)).toEqual([]);
    expect(transition(adminStep, run.state, { action: "COMPLETE" }, actors.admin, new Date(run.at.getTime() + 1))).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
