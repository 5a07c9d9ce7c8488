import { describe, expect, it } from "vitest";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "../sop/sik-perekam-medis";
import { checklistField, documentsStillToReplace, judgeChecklist, offersChecklist, type Checklist } from "./checklist";

const REQS = [
  { code: "KTP", name: "KTP" },
  { code: "STR", name: "STR" },
  { code: "FOTO", name: "Pas foto" },
];
const allMet: Checklist = { KTP: { ok: true }, STR: { ok: true }, FOTO: { ok: true } };

describe("the completeness check", () => {
  it.each([
    ["nothing judged", undefined, "COMPLETE", ["KTP", "STR", "FOTO"]],
    ["one not judged", { KTP: { ok: true }, STR: { ok: true } }, "COMPLETE", ["FOTO"]],
    ["unmet without a reason", { ...allMet, STR: { ok: false } }, "RETURN", ["STR"]],
    ["unmet with a blank reason", { ...allMet, STR: { ok: false, reason: "   " } }, "RETURN", ["STR"]],
  ] as const)("refuses %s, marking exactly those requirements", (_name, checklist, action, marked) => {
    const r = judgeChecklist(REQS, checklist, action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors)).toEqual(marked.map(checklistField));
  });

  it("completes only when every requirement was judged met", () => {
    expect(judgeChecklist(REQS, allMet, "COMPLETE")).toEqual({ ok: true, reasons: [], mustReplace: [] });
    const r = judgeChecklist(REQS, { ...allMet, FOTO: { ok: false, reason: "latar merah" } }, "COMPLETE");
    expect(r).toMatchObject({ ok: false, fieldErrors: { "checklist.FOTO": expect.stringMatching(/belum memenuhi/) } });
  });

  it("a return lists the unmet ones as reasons in the requirements' order, and the ones needing a new document", () => {
    const checklist: Checklist = { FOTO: { ok: false, reason: " latar merah ", newDocument: true }, KTP: { ok: false, reason: "nama berbeda" }, STR: { ok: true } };
    expect(judgeChecklist(REQS, checklist, "RETURN")).toEqual({ ok: true, reasons: ["KTP: nama berbeda", "Pas foto: latar merah"], mustReplace: ["FOTO"] });
  });

  it("a return with everything met is refused: there is nothing to return for", () => {
    expect(judgeChecklist(REQS, allMet, "RETURN")).toMatchObject({ ok: false });
  });

  it("is offered where the SOP can return the file to the applicant: steps 2 and 5", () => {
    expect(SOP.steps.filter(offersChecklist).map((s) => s.no)).toEqual([2, 5]);
  });

  it("knows which requested documents were not replaced since the return", () => {
    const returnedAt = new Date("2026-11-02T03:00:00Z");
    const docs = [
      { requirementCode: "FOTO", createdAt: new Date("2026-11-01T03:00:00Z"), supersededAt: new Date("2026-11-03T03:00:00Z") },
      { requirementCode: "FOTO", createdAt: new Date("2026-11-03T03:00:00Z"), supersededAt: null },
      { requirementCode: "KTP", createdAt: new Date("2026-11-01T03:00:00Z"), supersededAt: null },
    ];
    expect(documentsStillToReplace(["FOTO", "KTP"], returnedAt, docs)).toEqual(["KTP"]);
    expect(documentsStillToReplace([], returnedAt, docs)).toEqual([]);
  });
});
