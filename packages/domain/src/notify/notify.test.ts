import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { transition } from "../file/machine";
import type { Command } from "../file/events";
import type { FileState } from "../file/state";
import type { Actor } from "../roles";
import { SIK_PEREKAM_MEDIS } from "../seed";
import { SOP_SIK_PEREKAM_MEDIS } from "../sop/sik-perekam-medis";
import { actors, ISSUED_PATH_MOVES, play, REJECTED_PATH_MOVES, type Move } from "../testing.test-helpers";
import { channelsFor, DEFAULT_RETRY, idempotencyKey, nextAttemptDelay, whatsAppNumber, type RecipientChoices } from "./delivery";
import { NOTICE_KINDS } from "./kinds";
import { DEFAULT_NOTICE_TEMPLATES, noticeTemplateProblems, renderNotice, templateFor } from "./templates";
import { noticesOfTransition, type TransitionNotice } from "./triggers";

const sop = SOP_SIK_PEREKAM_MEDIS;
const letterPurposes = Object.fromEntries(SIK_PEREKAM_MEDIS.letters.map((l) => [l.code, l.purpose]));

/** Plays moves and lists, per move, the notices its transition causes. */
function noticesAlong(moves: readonly Move[], from?: FileState): Array<{ step: number; notices: TransitionNotice[] }> {
  let state = from ?? play(sop, []).state;
  let at = new Date("2025-03-03T01:00:00Z");
  const out: Array<{ step: number; notices: TransitionNotice[] }> = [];
  for (const [actor, command] of moves) {
    at = new Date(at.getTime() + 10 * 60_000);
    const result = transition(sop, state, command, actor, at);
    if (!result.ok) throw new Error(`${actor.id} ${command.action} at ${state.step}: ${result.message}`);
    out.push({ step: state.step, notices: noticesOfTransition({ sop, before: state, after: result.state, effects: result.effects, letterPurposes }) });
    state = result.state;
  }
  return out;
}

const kindsOf = (n: TransitionNotice[]) => n.map((x) => (x.recipients.to === "APPLICANT" ? x.kind : `${x.kind}→${x.recipients.role}`));

describe("notices a transition causes", () => {
  it("along the path to an issued permit: submission, new work at every office step, the permit when numbered, the close", () => {
    const along = noticesAlong(ISSUED_PATH_MOVES).map((x) => [x.step, kindsOf(x.notices)]);
    expect(along).toEqual([
      [1, ["FILE_SUBMITTED", "NEW_WORK→FRONT_OFFICE"]],
      [2, ["NEW_WORK→FRONT_OFFICE"]],
      [3, ["NEW_WORK→BACK_OFFICE"]],
      [4, ["NEW_WORK→BACK_OFFICE"]],
      [5, ["NEW_WORK→TIM_TEKNIS"]],
      [6, ["NEW_WORK→TIM_TEKNIS"]],
      [7, ["NEW_WORK→TIM_TEKNIS"]],
      [8, ["NEW_WORK→BACK_OFFICE"]],
      [16, ["NEW_WORK→BACK_OFFICE"]],
      [17, ["NEW_WORK→KABID_PELAYANAN"]],
      [18, ["NEW_WORK→SEKRETARIS"]],
      [19, ["NEW_WORK→KADIS"]],
      [20, ["NEW_WORK→KASUBBAG_UMUM"]],
      [21, ["PERMIT_READY", "NEW_WORK→FRONT_OFFICE"]],
      // Step 23 is the applicant's receipt at the counter: nobody's new work.
      [22, []],
      [23, ["FILE_CLOSED"]],
    ]);
  });

  it("a Tim Teknis step's new work goes only to the members assigned", () => {
    const along = noticesAlong(ISSUED_PATH_MOVES.slice(0, 6));
    expect(along[4]!.notices[0]!.recipients).toEqual({ to: "ROLE", role: "TIM_TEKNIS", step: 6, only: ["tt-1", "tt-2"] });
    expect(along[3]!.notices[0]!.recipients).toEqual({ to: "ROLE", role: "BACK_OFFICE", step: 5, only: null });
  });

  it("along a refusal: the applicant hears once the rejection letter is numbered, with no permit", () => {
    const kinds = noticesAlong(REJECTED_PATH_MOVES).flatMap((x) => x.notices.filter((n) => n.recipients.to === "APPLICANT").map((n) => n.kind));
    expect(kinds).toEqual(["FILE_SUBMITTED", "FILE_REJECTED", "FILE_CLOSED"]);
  });

  it("a return and a resubmission: the applicant is told both, the resumed step's role gets the work again", () => {
    const returned: Move = [actors.frontOffice, { action: "RETURN", reasons: ["STR belum dilegalisir"] }];
    const resubmit: Move = [actors.applicant, { action: "RESUBMIT" }];
    const along = noticesAlong([ISSUED_PATH_MOVES[0]!, returned, resubmit]);
    expect(along.map((x) => kindsOf(x.notices))).toEqual([
      ["FILE_SUBMITTED", "NEW_WORK→FRONT_OFFICE"],
      ["FILE_RETURNED"],
      ["FILE_RESUBMITTED", expect.stringMatching(/^NEW_WORK→/)],
    ]);
  });

  it("a withdrawal closes the file and says so; no new work", () => {
    const withdraw: [Actor, Command] = [actors.applicant, { action: "WITHDRAW", reasons: ["Pindah domisili"] }];
    const along = noticesAlong([ISSUED_PATH_MOVES[0]!, withdraw]);
    expect(kindsOf(along[1]!.notices)).toEqual(["FILE_CLOSED"]);
  });
});

describe("notice templates", () => {
  it("every default is valid and fills every placeholder it uses", () => {
    for (const kind of NOTICE_KINDS) {
      const template = DEFAULT_NOTICE_TEMPLATES[kind];
      expect(noticeTemplateProblems(template), kind).toEqual([]);
      const filled = renderNotice(template, new Proxy({}, { get: () => "X" }));
      expect(filled.body, kind).not.toMatch(/[{}]/);
      expect(filled.subject, kind).not.toContain("\n");
    }
  });

  it.each([
    [{ subject: "", body: "x" }, "Judul wajib diisi."],
    [{ subject: "a", body: " " }, "Isi pesan wajib diisi."],
    [{ subject: "a", body: "Halo {pemohon.nama}" }, "Isian {pemohon.nama} tidak dikenal."],
    [{ subject: "a {berkas.nomorRegistrasi", body: "x" }, "Ada kurung kurawal yang tidak membentuk isian {kelompok.nama}."],
    [{ subject: "a\nb", body: "x" }, "Judul harus satu baris."],
  ])("refuses %j: %s", (template, message) => {
    expect(noticeTemplateProblems(template).map((p) => p.message)).toContain(message);
  });

  it("renders with a visible gap for a missing value", () => {
    expect(renderNotice({ subject: "Berkas {berkas.nomorRegistrasi}", body: "Alasan:\n{berkas.alasan}" }, { "berkas.nomorRegistrasi": "PM-1" })).toEqual({ subject: "Berkas PM-1", body: "Alasan:\n-" });
  });

  it("the permit type's own template wins over the office's, which wins over the default", () => {
    const overrides = [
      { kind: "FILE_RETURNED", permitTypeId: null, subject: "kantor", body: "k" },
      { kind: "FILE_RETURNED", permitTypeId: "pt-1", subject: "jenis", body: "j" },
    ];
    expect(templateFor("FILE_RETURNED", overrides, "pt-1").subject).toBe("jenis");
    expect(templateFor("FILE_RETURNED", overrides, "pt-2").subject).toBe("kantor");
    expect(templateFor("FILE_SUBMITTED", overrides, "pt-1")).toEqual(DEFAULT_NOTICE_TEMPLATES.FILE_SUBMITTED);
  });
});

describe("delivery", () => {
  it.each([
    [1, 60_000],
    [2, 120_000],
    [3, 240_000],
    [7, 64 * 60_000],
    [10, 6 * 3_600_000],
    [11, 6 * 3_600_000],
    [12, null],
  ])("after %i failed attempts, wait %s ms", (attempts, delay) => {
    expect(nextAttemptDelay(DEFAULT_RETRY, attempts)).toBe(delay);
  });

  it("backoff never shrinks, stays under its cap with jitter, and ends", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (attempts, jitter) => {
        const d = nextAttemptDelay(DEFAULT_RETRY, attempts, jitter);
        if (attempts >= DEFAULT_RETRY.maxAttempts) return d === null;
        const plain = nextAttemptDelay(DEFAULT_RETRY, attempts)!;
        const before = attempts > 1 ? nextAttemptDelay(DEFAULT_RETRY, attempts - 1)! : 0;
        return d !== null && plain >= before && d >= plain && d <= DEFAULT_RETRY.maxDelayMs * 1.25;
      }),
    );
    expect(() => nextAttemptDelay(DEFAULT_RETRY, 0)).toThrow(RangeError);
  });

  it("the idempotency key is one per source, recipient and channel", () => {
    expect(idempotencyKey("berkas:f1:3:FILE_RETURNED", "u1", "EMAIL")).toBe("berkas:f1:3:FILE_RETURNED|u1|EMAIL");
    expect(idempotencyKey("berkas:f1:3:FILE_RETURNED", "u1", "EMAIL")).not.toBe(idempotencyKey("berkas:f1:3:FILE_RETURNED", "u1", "WHATSAPP"));
  });

  const applicant = (over: Partial<RecipientChoices>): RecipientChoices => ({ kind: "APPLICANT", email: "a@contoh.id", phone: "6281234567890", wantsEmail: false, wantsWhatsApp: false, ...over });
  it.each([
    ["nothing chosen, a decision: still email", "FILE_RETURNED", applicant({}), ["IN_APP", "EMAIL"]],
    ["nothing chosen, not a decision: in-app only", "FILE_SUBMITTED", applicant({}), ["IN_APP"]],
    ["WhatsApp chosen, a decision: WhatsApp carries it", "FILE_REJECTED", applicant({ wantsWhatsApp: true }), ["IN_APP", "WHATSAPP"]],
    ["both chosen", "FILE_SUBMITTED", applicant({ wantsEmail: true, wantsWhatsApp: true }), ["IN_APP", "EMAIL", "WHATSAPP"]],
    ["WhatsApp chosen but no number", "FILE_RETURNED", applicant({ wantsWhatsApp: true, phone: null }), ["IN_APP"]],
    ["staff, email on", "NEW_WORK", { kind: "STAFF", email: "s@contoh.id", phone: null, wantsEmail: true, wantsWhatsApp: false }, ["IN_APP", "EMAIL"]],
    ["staff without email", "ESCALATION", { kind: "STAFF", email: null, phone: null, wantsEmail: true, wantsWhatsApp: false }, ["IN_APP"]],
  ] as const)("%s", (_name, kind, r, channels) => {
    expect(channelsFor(kind, r)).toEqual(channels);
  });

  it.each([
    ["0812-3456-7890", "6281234567890"],
    ["+62 812 3456 7890", "6281234567890"],
    ["6281234567890", "6281234567890"],
    ["(061) 123456", null],
    ["", null],
    [null, null],
  ])("WhatsApp number of %j is %j", (phone, wa) => {
    expect(whatsAppNumber(phone)).toBe(wa);
  });
});
