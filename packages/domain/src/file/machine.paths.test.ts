import { describe, expect, it } from "vitest";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { actors, deepFreeze, ISSUED_PATH_MOVES, type Move, play, REJECTED_PATH_MOVES } from "../testing.test-helpers";
import { availableActions, transition } from "./machine";
import { replay } from "./replay";
import { startFile } from "./state";

const later = (date: Date, minutes = 10): Date => new Date(date.getTime() + minutes * 60_000);

describe("startFile", () => {
  it("opens a draft at the first step, in the applicant's hands, with the clock not yet running", () => {
    const at = new Date("2025-03-03T01:00:00Z");
    const state = startFile(SOP, at);
    expect(state).toMatchObject({
      sopCode: "SIK-PEREKAM-MEDIS",
      sopVersion: 1,
      step: 1,
      status: "IN_PROGRESS",
      submittedAt: null,
      applicantId: null,
      enteredSteps: [1],
    });
    expect(state.stepStartedAt).toEqual(at);
    expect(availableActions(SOP, state, actors.applicant)).toEqual(["COMPLETE", "WITHDRAW"]);
    // The counter may submit a walk-in applicant's file for them.
    expect(availableActions(SOP, state, actors.frontOffice)).toEqual(["COMPLETE"]);
    expect(availableActions(SOP, state, actors.backOffice)).toEqual([]);
  });

  it("lets the counter submit for a walk-in applicant: the event says it was done for the applicant", () => {
    const at = new Date("2025-03-03T01:00:00Z");
    const result = transition(SOP, startFile(SOP, at), { action: "COMPLETE" }, actors.frontOffice, at);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).toMatchObject({ actorId: actors.frontOffice.id, actorRole: "FRONT_OFFICE", onBehalfOf: "PEMOHON", fromStep: 1, toStep: 2 });
    expect(result.state).toMatchObject({ step: 2, submittedAt: at, applicantId: null });
  });
});

describe("the issued path 1–8 → 16–23", () => {
  const run = play(SOP, ISSUED_PATH_MOVES);

  it("visits exactly the steps of the SOP in order and ends ISSUED", () => {
    expect(run.events.map((e) => e.fromStep)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(run.events.map((e) => e.toStep)).toEqual([2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20, 21, 22, 23, null]);
    expect(run.state.status).toBe("ISSUED");
    expect(run.state.closedAt).toEqual(run.at);
    expect(run.state.enteredSteps).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 16, 17, 18, 19, 20, 21, 22, 23]);
  });

  it("starts the clock when the first step is completed, and binds the applicant", () => {
    expect(run.state.submittedAt).toEqual(run.events[0]?.at);
    expect(run.state.applicantId).toBe("pemohon-1");
  });

  it("records signing, permit numbering, the signature chain and the assigned team", () => {
    expect(run.state.signed).toBe(true);
    expect(run.state.numbered).toEqual(["PERMIT"]);
    expect(run.state.chainActors).toEqual({
      IZIN: { "bo-1": "BACK_OFFICE", "kabid-1": "KABID_PELAYANAN", "sek-1": "SEKRETARIS", "kadis-1": "KADIS" },
    });
    expect(run.state.assignees).toEqual({ TIM_TEKNIS: ["tt-1", "tt-2"] });
    expect(run.events[4]?.assignees).toEqual(["tt-1", "tt-2"]);
  });

  it("leaves only revocation, by the Kepala Dinas", () => {
    expect(availableActions(SOP, run.state, actors.kadis)).toEqual(["REVOKE"]);
    expect(availableActions(SOP, run.state, actors.applicant)).toEqual([]);
  });

  it("is given back by replaying its events", () => {
    expect(replay(SOP, run.events, run.startedAt)).toEqual(run.state);
  });
});

describe("the rejected path 1–15", () => {
  const run = play(SOP, REJECTED_PATH_MOVES);

  it("branches at step 8 to the rejection letter and ends REJECTED", () => {
    expect(run.events.map((e) => e.fromStep)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(run.events[7]).toMatchObject({ action: "REJECT", toStep: 9, reasons: ["Hasil peninjauan lapangan tidak memenuhi syarat"] });
    expect(run.state.status).toBe("REJECTED");
    expect(run.state.signed).toBe(false);
    expect(run.state.numbered).toEqual(["OUTGOING_LETTER"]);
    expect(run.state.chainActors).toEqual({ PENOLAKAN: { "kabid-1": "KABID_PELAYANAN", "sek-1": "SEKRETARIS" } });
  });

  it("is closed for good: even the Kepala Dinas has nothing left to do", () => {
    expect(availableActions(SOP, run.state, actors.kadis)).toEqual([]);
    const result = transition(SOP, run.state, { action: "REVOKE", reasons: ["x"] }, actors.kadis, later(run.at));
    expect(result).toMatchObject({ ok: false, code: "ILLEGAL_ACTION" });
  });

  it("is given back by replaying its events", () => {
    expect(replay(SOP, run.events, run.startedAt)).toEqual(run.state);
  });
});

describe("return to the applicant and resubmission", () => {
  const returnAt2: Move = [actors.frontOffice, { action: "RETURN", reasons: ["KTP tidak terbaca", "STR kedaluwarsa"] }];
  const returnAt5: Move = [actors.backOffice, { action: "RETURN", reasons: ["Ijazah belum dilegalisir"] }];
  const resubmit: Move = [actors.applicant, { action: "RESUBMIT", note: "Dokumen sudah diperbaiki" }];

  it("returns at step 2, comes back to step 2, returns again at step 5 and comes back to step 2 once more", () => {
    const [submit, check, receipt, entry] = ISSUED_PATH_MOVES as [Move, Move, Move, Move];
    const run = play(SOP, [submit, returnAt2, resubmit, check, receipt, entry, returnAt5, resubmit]);
    const summary = run.events.map((e) => [e.action, e.fromStep, e.toStep, e.toStatus]);
    expect(summary).toEqual([
      ["COMPLETE", 1, 2, "IN_PROGRESS"],
      ["RETURN", 2, 2, "RETURNED"],
      ["RESUBMIT", 2, 2, "IN_PROGRESS"],
      ["COMPLETE", 2, 3, "IN_PROGRESS"],
      ["COMPLETE", 3, 4, "IN_PROGRESS"],
      ["COMPLETE", 4, 5, "IN_PROGRESS"],
      ["RETURN", 5, 2, "RETURNED"],
      ["RESUBMIT", 2, 2, "IN_PROGRESS"],
    ]);
    expect(run.events[1]?.reasons).toEqual(["KTP tidak terbaca", "STR kedaluwarsa"]);
    expect(run.events[2]?.note).toBe("Dokumen sudah diperbaiki");
    expect(run.state).toMatchObject({ step: 2, status: "IN_PROGRESS", returnCount: 2, returnedFromStep: null });
    expect(run.state.stepStartedAt).toEqual(run.at);
    expect(replay(SOP, run.events, run.startedAt)).toEqual(run.state);

    const finished = play(SOP, ISSUED_PATH_MOVES.slice(1), { from: run });
    expect(finished.state.status).toBe("ISSUED");
  });

  it("while returned, only the applicant may resubmit or withdraw", () => {
    const run = play(SOP, [ISSUED_PATH_MOVES[0] as Move, returnAt2]);
    expect(run.state).toMatchObject({ status: "RETURNED", step: 2, returnedFromStep: 2 });
    expect(availableActions(SOP, run.state, actors.applicant)).toEqual(["RESUBMIT", "WITHDRAW"]);
    expect(availableActions(SOP, run.state, actors.frontOffice)).toEqual([]);
    expect(availableActions(SOP, run.state, actors.otherApplicant)).toEqual([]);
    const other = transition(SOP, run.state, { action: "RESUBMIT" }, actors.otherApplicant, later(run.at));
    expect(other).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("pemilik berkas") });
  });

  it("requires the reasons per requirement", () => {
    const run = play(SOP, [ISSUED_PATH_MOVES[0] as Move]);
    for (const reasons of [undefined, [], ["  "]]) {
      const result = transition(SOP, run.state, { action: "RETURN", ...(reasons ? { reasons } : {}) }, actors.frontOffice, later(run.at));
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
  });
});

describe("withdrawal", () => {
  const withdraw: Move = [actors.applicant, { action: "WITHDRAW", reasons: ["Pindah tempat kerja"] }];

  it.each([
    ["a draft", 0],
    ["a file at the counter", 1],
    ["a file with the Tim Teknis", 6],
    ["a file being initialled for the permit", 11],
    ["a file waiting for the Kepala Dinas to sign", 12],
  ])("is allowed for %s", (_label, completed) => {
    const run = play(SOP, [...ISSUED_PATH_MOVES.slice(0, completed), withdraw]);
    expect(run.state.status).toBe("WITHDRAWN");
    expect(run.state.applicantId).toBe("pemohon-1");
    expect(run.events.at(-1)).toMatchObject({ action: "WITHDRAW", toStep: null, toStatus: "WITHDRAWN", reasons: ["Pindah tempat kerja"] });
    expect(replay(SOP, run.events, run.startedAt)).toEqual(run.state);
  });

  it("is allowed while the file is returned", () => {
    const run = play(SOP, [ISSUED_PATH_MOVES[0] as Move, [actors.frontOffice, { action: "RETURN", reasons: ["x"] }], withdraw]);
    expect(run.state.status).toBe("WITHDRAWN");
    expect(run.events.at(-1)?.fromStatus).toBe("RETURNED");
  });

  it("needs reasons", () => {
    const run = play(SOP, ISSUED_PATH_MOVES.slice(0, 3));
    expect(transition(SOP, run.state, { action: "WITHDRAW" }, actors.applicant, later(run.at))).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
  });

  it.each([
    ["after the permit is signed (step 21)", ISSUED_PATH_MOVES.slice(0, 13), "ditandatangani"],
    ["after the permit is numbered (step 22)", ISSUED_PATH_MOVES.slice(0, 14), "ditandatangani"],
    ["on the rejection path (step 9)", REJECTED_PATH_MOVES.slice(0, 8), "Pembuatan Surat Penolakan Izin"],
    ["on the rejection path (step 14)", REJECTED_PATH_MOVES.slice(0, 13), "Pembuatan Surat Penolakan Izin"],
  ])("is refused %s", (_label, moves, why) => {
    const run = play(SOP, moves);
    expect(availableActions(SOP, run.state, actors.applicant)).not.toContain("WITHDRAW");
    const result = transition(SOP, run.state, { action: "WITHDRAW", reasons: ["x"] }, actors.applicant, later(run.at));
    expect(result).toMatchObject({ ok: false, code: "ILLEGAL_ACTION", message: expect.stringContaining(why) });
  });
});

describe("receipt of the letter", () => {
  it("may be recorded by the counter on behalf of the applicant, closing the file ISSUED", () => {
    const run = play(SOP, [...ISSUED_PATH_MOVES.slice(0, -1), [actors.frontOffice, { action: "RECORD_RECEIPT", note: "Buku Ekspedisi hlm. 12" }]]);
    expect(run.state.status).toBe("ISSUED");
    expect(run.events.at(-1)).toMatchObject({
      action: "RECORD_RECEIPT",
      actorId: "fo-1",
      actorRole: "FRONT_OFFICE",
      onBehalfOf: "PEMOHON",
      fromStep: 23,
      toStep: null,
      toStatus: "ISSUED",
      note: "Buku Ekspedisi hlm. 12",
    });
    expect(replay(SOP, run.events, run.startedAt)).toEqual(run.state);
  });

  it("may be recorded at the counter for a rejection letter, closing the file REJECTED", () => {
    const run = play(SOP, [...REJECTED_PATH_MOVES.slice(0, -1), [actors.frontOffice, { action: "RECORD_RECEIPT" }]]);
    expect(run.state.status).toBe("REJECTED");
    expect(run.events.at(-1)).toMatchObject({ onBehalfOf: "PEMOHON", fromStep: 15 });
  });

  it("offers both ways at a receipt step, and no onBehalfOf when the applicant confirms online", () => {
    const run = play(SOP, ISSUED_PATH_MOVES.slice(0, -1));
    expect(availableActions(SOP, run.state, actors.frontOffice)).toEqual(["RECORD_RECEIPT"]);
    expect(availableActions(SOP, run.state, actors.applicant)).toEqual(["COMPLETE"]);
    const done = play(SOP, ISSUED_PATH_MOVES.slice(-1), { from: run });
    expect(done.events.at(-1)).not.toHaveProperty("onBehalfOf");
  });
});

describe("revocation", () => {
  const issued = play(SOP, ISSUED_PATH_MOVES);

  it("is done by the Kepala Dinas, with reasons, on an issued permit", () => {
    const result = transition(SOP, issued.state, { action: "REVOKE", reasons: ["STR dicabut"] }, actors.kadis, later(issued.at));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state).toMatchObject({ status: "REVOKED" });
    expect(result.event).toMatchObject({ action: "REVOKE", fromStatus: "ISSUED", toStatus: "REVOKED", toStep: null });
    expect(replay(SOP, [...issued.events, result.event], issued.startedAt)).toEqual(result.state);
    const again = transition(SOP, result.state, { action: "REVOKE", reasons: ["x"] }, actors.kadis, later(issued.at, 20));
    expect(again).toMatchObject({ ok: false, code: "ILLEGAL_ACTION" });
  });

  it("is refused without reasons, and to anyone else", () => {
    expect(transition(SOP, issued.state, { action: "REVOKE" }, actors.kadis, later(issued.at))).toMatchObject({ code: "INVALID_INPUT" });
    for (const actor of [actors.sekretaris, actors.admin, actors.applicant]) {
      expect(transition(SOP, issued.state, { action: "REVOKE", reasons: ["x"] }, actor, later(issued.at))).toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("is not available before the permit is issued", () => {
    const run = play(SOP, ISSUED_PATH_MOVES.slice(0, 14));
    expect(transition(SOP, run.state, { action: "REVOKE", reasons: ["x"] }, actors.kadis, later(run.at))).toMatchObject({
      code: "ILLEGAL_ACTION",
    });
  });
});

describe("four eyes within a signature chain", () => {
  it("refuses one person initialling as Kabid and then as Sekretaris on the rejection letter", () => {
    const atStep10 = play(SOP, REJECTED_PATH_MOVES.slice(0, 9));
    const asKabid = play(SOP, [[actors.kabidAndSekretaris, { action: "COMPLETE" }]], { from: atStep10 });
    expect(asKabid.events.at(-1)?.actorRole).toBe("KABID_PELAYANAN");
    expect(asKabid.state.chainActors.PENOLAKAN).toEqual({ "rangkap-1": "KABID_PELAYANAN" });

    expect(availableActions(SOP, asKabid.state, actors.kabidAndSekretaris)).toEqual([]);
    const result = transition(SOP, asKabid.state, { action: "COMPLETE" }, actors.kabidAndSekretaris, later(asKabid.at));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("empat mata") });
    expect(result.ok ? "" : result.message).toContain("Kabid Pelayanan");
  });

  it("lets the Sekretaris who initials at 11 also sign at 12 (same role)", () => {
    const run = play(SOP, [...REJECTED_PATH_MOVES.slice(0, 9), [actors.kabid, { action: "COMPLETE" }]]);
    const done = play(SOP, [[actors.kabidAndSekretaris, { action: "COMPLETE" }], [actors.kabidAndSekretaris, { action: "COMPLETE" }]], { from: run });
    expect(done.state.step).toBe(13);
    expect(done.state.chainActors.PENOLAKAN).toEqual({ "kabid-1": "KABID_PELAYANAN", "rangkap-1": "SEKRETARIS" });
  });

  it("applies to the permit chain too, but not across chains", () => {
    const run = play(SOP, [...ISSUED_PATH_MOVES.slice(0, 10), [actors.kabidAndSekretaris, { action: "COMPLETE" }]]);
    expect(transition(SOP, run.state, { action: "COMPLETE" }, actors.kabidAndSekretaris, later(run.at))).toMatchObject({
      code: "FORBIDDEN",
    });
    const bySekretaris = play(SOP, [[actors.sekretaris, { action: "COMPLETE" }]], { from: run });
    expect(bySekretaris.state.step).toBe(20);
  });

  it("makes a multi-role actor act in the role the step needs; ADMIN rights add nothing", () => {
    const run = play(SOP, ISSUED_PATH_MOVES.slice(0, 12));
    expect(availableActions(SOP, run.state, actors.adminAndKadis)).toEqual(["COMPLETE"]);
    const signed = play(SOP, [[actors.adminAndKadis, { action: "COMPLETE" }]], { from: run });
    expect(signed.events.at(-1)?.actorRole).toBe("KADIS");
    expect(availableActions(SOP, signed.state, actors.adminAndKadis)).toEqual([]);
  });
});

describe("assigned Tim Teknis members", () => {
  const atStep5 = play(SOP, ISSUED_PATH_MOVES.slice(0, 4));

  it("must be named when step 5 is completed", () => {
    for (const assignees of [undefined, [], [""], ["tt-1", "  "]]) {
      const result = transition(SOP, atStep5.state, { action: "COMPLETE", ...(assignees ? { assignees } : {}) }, actors.backOffice, later(atStep5.at));
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
  });

  it("are recorded without duplicates", () => {
    const run = play(SOP, [[actors.backOffice, { action: "COMPLETE", assignees: ["tt-1", " tt-1 ", "tt-2"] }]], { from: atStep5 });
    expect(run.state.assignees.TIM_TEKNIS).toEqual(["tt-1", "tt-2"]);
  });

  it("alone may act on the Tim Teknis steps of the file", () => {
    const run = play(SOP, ISSUED_PATH_MOVES.slice(4, 5), { from: atStep5 });
    expect(availableActions(SOP, run.state, actors.ttUnassigned)).toEqual([]);
    const result = transition(SOP, run.state, { action: "COMPLETE" }, actors.ttUnassigned, later(run.at));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("tidak ditugaskan") });
    expect(availableActions(SOP, run.state, actors.tt2)).toEqual(["COMPLETE"]);
  });

  it("cannot be given where the step assigns nobody", () => {
    const run = play(SOP, ISSUED_PATH_MOVES.slice(0, 1));
    expect(transition(SOP, run.state, { action: "COMPLETE", assignees: ["tt-1"] }, actors.frontOffice, later(run.at))).toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(transition(SOP, atStep5.state, { action: "RETURN", reasons: ["x"], assignees: ["tt-1"] }, actors.backOffice, later(atStep5.at))).toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});

describe("refusals", () => {
  const atStep2 = play(SOP, ISSUED_PATH_MOVES.slice(0, 1));

  it.each([
    ["an action the step does not offer", actors.frontOffice, { action: "APPROVE" }, "ILLEGAL_ACTION"],
    ["an unknown action", actors.frontOffice, { action: "TELEPORT" }, "ILLEGAL_ACTION"],
    ["resubmitting a file that was not returned", actors.applicant, { action: "RESUBMIT" }, "ILLEGAL_ACTION"],
    ["someone else's step", actors.backOffice, { action: "COMPLETE" }, "FORBIDDEN"],
    ["the administrator", actors.admin, { action: "COMPLETE" }, "FORBIDDEN"],
    ["the auditor", actors.auditor, { action: "COMPLETE" }, "FORBIDDEN"],
    ["the Kepala Dinas outside his steps", actors.kadis, { action: "COMPLETE" }, "FORBIDDEN"],
    ["another applicant withdrawing", actors.otherApplicant, { action: "WITHDRAW", reasons: ["x"] }, "FORBIDDEN"],
    ["an empty reason", actors.frontOffice, { action: "COMPLETE", reasons: [""] }, "INVALID_INPUT"],
    ["reasons that are not a list", actors.frontOffice, { action: "COMPLETE", reasons: "x" }, "INVALID_INPUT"],
    ["a note that is not text", actors.frontOffice, { action: "COMPLETE", note: 42 }, "INVALID_INPUT"],
  ])("refuses %s", (_label, actor, command, code) => {
    const result = transition(SOP, atStep2.state, command as never, actor, later(atStep2.at));
    expect(result).toMatchObject({ ok: false, code, message: expect.any(String) });
  });

  it("refuses the applicant processing their own application as staff", () => {
    const staffApplicant = { id: "fo-2", roles: ["PEMOHON", "FRONT_OFFICE"] } as const;
    const run = play(SOP, [[{ ...staffApplicant, roles: [...staffApplicant.roles] }, { action: "COMPLETE" }]]);
    const result = transition(SOP, run.state, { action: "COMPLETE" }, { ...staffApplicant, roles: [...staffApplicant.roles] }, later(run.at));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("sendiri") });
  });

  it("refuses an action dated before the previous one, or not a date", () => {
    expect(transition(SOP, atStep2.state, { action: "COMPLETE" }, actors.frontOffice, new Date(atStep2.at.getTime() - 1))).toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(transition(SOP, atStep2.state, { action: "COMPLETE" }, actors.frontOffice, new Date(Number.NaN))).toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("drops a blank note and trims reasons", () => {
    const result = transition(SOP, atStep2.state, { action: "RETURN", note: "   ", reasons: [" KTP buram "] }, actors.frontOffice, later(atStep2.at));
    expect(result.ok && result.event).toMatchObject({ reasons: ["KTP buram"] });
    expect(result.ok && result.event).not.toHaveProperty("note");
  });

  it("throws when the state belongs to another SOP version (a programming error, not a user error)", () => {
    const other = { ...SOP, version: 2 };
    expect(() => transition(other, atStep2.state, { action: "COMPLETE" }, actors.frontOffice, later(atStep2.at))).toThrow(/v1/);
    expect(() => availableActions(other, atStep2.state, actors.frontOffice)).toThrow();
  });

  it("never modifies the state it is given", () => {
    const state = deepFreeze(structuredClone(atStep2.state));
    const snapshot = structuredClone(state);
    for (const command of [{ action: "COMPLETE" }, { action: "RETURN", reasons: ["x"] }, { action: "WITHDRAW", reasons: ["x"] }] as const) {
      const result = transition(SOP, state, { ...command, reasons: command.action === "COMPLETE" ? undefined : ["x"] }, command.action === "WITHDRAW" ? actors.applicant : actors.frontOffice, later(atStep2.at));
      expect(result.ok).toBe(true);
    }
    expect(state).toEqual(snapshot);
    const atStep5 = deepFreeze(structuredClone(play(SOP, ISSUED_PATH_MOVES.slice(0, 4)).state));
    const before5 = structuredClone(atStep5);
    expect(transition(SOP, atStep5, { action: "COMPLETE", assignees: ["tt-1"] }, actors.backOffice, later(atStep2.at, 100)).ok).toBe(true);
    expect(atStep5).toEqual(before5);
  });
});

describe("replay", () => {
  it("refuses a history that does not fit the SOP", () => {
    const run = play(SOP, ISSUED_PATH_MOVES.slice(0, 3));
    const tampered = run.events.map((e, i) => (i === 1 ? { ...e, actorRole: "KADIS" as const } : e));
    expect(() => replay(SOP, tampered, run.startedAt)).toThrow(/peristiwa ke-2/);
    const misrecorded = run.events.map((e, i) => (i === 2 ? { ...e, toStep: 9 } : e));
    expect(() => replay(SOP, misrecorded, run.startedAt)).toThrow(/peristiwa ke-3/);
  });
});
