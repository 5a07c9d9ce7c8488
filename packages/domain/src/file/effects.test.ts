import { describe, expect, it } from "vitest";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { actors, ISSUED_PATH_MOVES, MONDAY_0800_WIB, play, REJECTED_PATH_MOVES, type Move } from "../testing.test-helpers";
import type { Effect } from "./effects";
import { transition } from "./machine";
import { startFile } from "./state";

/** The effects each move of a path has, step by step, written out from the SOP document. */
function effectsAlong(moves: readonly Move[]): [number, string, Effect[]][] {
  let state = startFile(SOP, MONDAY_0800_WIB);
  let at = MONDAY_0800_WIB;
  const out: [number, string, Effect[]][] = [];
  for (const [actor, command] of moves) {
    at = new Date(at.getTime() + 10 * 60_000);
    const r = transition(SOP, state, command, actor, at);
    if (!r.ok) throw new Error(r.message);
    out.push([state.step, command.action, r.effects]);
    state = r.state;
  }
  return out;
}

const letter = (l: string, draft = false, chain: string | null = null): Effect => ({ type: "PRODUCE_LETTER", letter: l, chain, draft });

describe("effects of every step of the seeded SOP", () => {
  it("on the issued path: each letter where the SOP produces it, the permit numbered and recorded at 21", () => {
    expect(effectsAlong(ISSUED_PATH_MOVES)).toEqual([
      [1, "COMPLETE", []],
      [2, "COMPLETE", []],
      [3, "COMPLETE", [letter("RESI_PENERIMAAN")]],
      [4, "COMPLETE", [letter("LEMBAR_DISPOSISI")]],
      [5, "COMPLETE", [letter("SURAT_PERMINTAAN_REKOMENDASI")]],
      [6, "COMPLETE", []],
      [7, "COMPLETE", [letter("BERITA_ACARA")]],
      [8, "APPROVE", [letter("REKOMENDASI")]],
      [16, "COMPLETE", []],
      // Produced before the step that numbers it: a draft.
      [17, "COMPLETE", [letter("SURAT_IZIN", true, "IZIN")]],
      [18, "COMPLETE", []],
      [19, "COMPLETE", []],
      [20, "COMPLETE", []],
      [21, "COMPLETE", [{ type: "TAKE_NUMBER", book: "PERMIT" }, letter("SURAT_IZIN", false, "IZIN"), { type: "RECORD_PERMIT" }]],
      [22, "COMPLETE", []],
      [23, "COMPLETE", []],
    ]);
  });

  it("on the rejected path: the rejection letter drafted at 9, numbered from the outgoing-letter book at 13, no permit", () => {
    expect(effectsAlong(REJECTED_PATH_MOVES).slice(7)).toEqual([
      [8, "REJECT", [letter("REKOMENDASI")]],
      [9, "COMPLETE", [letter("SURAT_PENOLAKAN", true, "PENOLAKAN")]],
      [10, "COMPLETE", []],
      [11, "COMPLETE", []],
      [12, "COMPLETE", []],
      [13, "COMPLETE", [{ type: "TAKE_NUMBER", book: "OUTGOING_LETTER" }, letter("SURAT_PENOLAKAN", false, "PENOLAKAN")]],
      [14, "COMPLETE", []],
      [15, "COMPLETE", []],
    ]);
  });

  it("a return to the applicant produces no letter (step 5 would otherwise produce its request)", () => {
    const at5 = play(SOP, ISSUED_PATH_MOVES.slice(0, 4));
    const r = transition(SOP, at5.state, { action: "RETURN", reasons: ["KTP: buram"] }, actors.backOffice, new Date(at5.at.getTime() + 60_000));
    expect(r.ok && r.effects).toEqual([]);
  });

  it("resubmit and withdraw have none; revoke revokes the permit with its reasons", () => {
    const returned = play(SOP, [ISSUED_PATH_MOVES[0]!, [actors.frontOffice, { action: "RETURN", reasons: ["KTP: buram"] }]]);
    const later = new Date(returned.at.getTime() + 60_000);
    const resubmitted = transition(SOP, returned.state, { action: "RESUBMIT" }, actors.applicant, later);
    expect(resubmitted.ok && resubmitted.effects).toEqual([]);
    const withdrawn = transition(SOP, returned.state, { action: "WITHDRAW", reasons: ["Pindah kerja"] }, actors.applicant, later);
    expect(withdrawn.ok && withdrawn.effects).toEqual([]);
    const issued = play(SOP, ISSUED_PATH_MOVES);
    const revoked = transition(SOP, issued.state, { action: "REVOKE", reasons: ["STR dicabut"] }, actors.kadis, new Date(issued.at.getTime() + 60_000));
    expect(revoked.ok && revoked.effects).toEqual([{ type: "REVOKE_PERMIT", reasons: ["STR dicabut"] }]);
  });

  it("an unsigned permit (an SOP without a signing step) is numbered but not recorded as a permit", () => {
    const unsigned = { ...SOP, steps: SOP.steps.map((s) => (s.no === 20 ? { ...s, markers: { signatureChain: "IZIN" } } : s)) };
    let state = startFile(unsigned, MONDAY_0800_WIB);
    let at = MONDAY_0800_WIB;
    let last: Effect[] = [];
    for (const [actor, command] of ISSUED_PATH_MOVES.slice(0, 14)) {
      at = new Date(at.getTime() + 600_000);
      const r = transition(unsigned, state, command, actor, at);
      if (!r.ok) throw new Error(r.message);
      last = r.effects;
      state = r.state;
    }
    expect(last).toEqual([{ type: "TAKE_NUMBER", book: "PERMIT" }, letter("SURAT_IZIN", false, "IZIN")]);
  });

  it("a permit numbered from a book of any code is recorded: the book's code is the definition's, not a word the machine knows", () => {
    const renamed = { ...SOP, steps: SOP.steps.map((s) => (s.markers?.numbers === "PERMIT" ? { ...s, markers: { ...s.markers, numbers: "BUKU-IZIN-X" } } : s)) };
    let state = startFile(renamed, MONDAY_0800_WIB);
    let at = MONDAY_0800_WIB;
    let last: Effect[] = [];
    for (const [actor, command] of ISSUED_PATH_MOVES.slice(0, 14)) {
      at = new Date(at.getTime() + 600_000);
      const r = transition(renamed, state, command, actor, at);
      if (!r.ok) throw new Error(r.message);
      last = r.effects;
      state = r.state;
    }
    expect(last).toEqual([{ type: "TAKE_NUMBER", book: "BUKU-IZIN-X" }, letter("SURAT_IZIN", false, "IZIN"), { type: "RECORD_PERMIT" }]);
  });
});
