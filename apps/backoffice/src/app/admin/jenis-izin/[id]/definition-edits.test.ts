import { describe, expect, it } from "vitest";
import type { FormField, SopDefinition, SopStep } from "@perizinan/domain";
import { insertStep, linesOf, moveAt, moveStep, placeProblem, removeStep, REMOVED_STEP, renumberSteps, withKind, withRule } from "./definition-edits";

const step = (no: number, activity: string, actions: SopStep["actions"]): SopStep => ({ no, activity, role: "BACK_OFFICE", inputs: [], standardMinutes: 60, output: "x", actions });

/** 1 submit → 2 check (return to 1) → 3 decide (approve → 4, reject → end) → 4 end. */
const sop: SopDefinition = {
  code: "SOP-UJI",
  version: 1,
  title: "SOP Uji",
  permitTypeName: "Izin Uji",
  documentNumber: "-",
  legalBasis: [],
  steps: [
    step(1, "ajukan", [{ action: "COMPLETE", to: { step: 2 } }]),
    step(2, "periksa", [{ action: "COMPLETE", to: { step: 3 } }, { action: "RETURN", to: { resubmitTo: 1 }, requiresReasons: true }]),
    step(3, "putuskan", [{ action: "APPROVE", to: { step: 4 } }, { action: "REJECT", to: { end: "REJECTED" } }]),
    step(4, "terbitkan", [{ action: "COMPLETE", to: { end: "ISSUED" } }]),
  ],
  withdraw: { role: "PEMOHON", allowedStatuses: ["IN_PROGRESS"], blockedOnPathOf: 3 },
};

const targets = (s: SopDefinition) => Object.fromEntries(s.steps.map((x) => [x.activity, x.actions.map((a) => a.to)]));

describe("step renumbering keeps targets on the same steps", () => {
  it("inserting a step in the middle moves the later numbers and the targets with them", () => {
    const next = insertStep(sop, 1, step(99, "baru", [{ action: "COMPLETE", to: { step: 2 } }]));
    expect(next.steps.map((s) => [s.no, s.activity])).toEqual([[1, "ajukan"], [2, "baru"], [3, "periksa"], [4, "putuskan"], [5, "terbitkan"]]);
    expect(targets(next)).toMatchObject({
      ajukan: [{ step: 3 }],
      periksa: [{ step: 4 }, { resubmitTo: 1 }],
      putuskan: [{ step: 5 }, { end: "REJECTED" }],
      // A new step's own target is taken as a number of the new order.
      baru: [{ step: 2 }],
    });
    expect(next.withdraw?.blockedOnPathOf).toBe(4);
    // The original is untouched.
    expect(sop.steps.map((s) => s.no)).toEqual([1, 2, 3, 4]);
  });

  it("removing a step points its incoming targets at REMOVED_STEP and the rest at their new numbers", () => {
    const next = removeStep(sop, 1);
    expect(next.steps.map((s) => s.no)).toEqual([1, 2, 3]);
    expect(targets(next)).toEqual({ ajukan: [{ step: REMOVED_STEP }], putuskan: [{ step: 3 }, { end: "REJECTED" }], terbitkan: [{ end: "ISSUED" }] });
  });

  it("removing the step a withdrawal rule names drops the rule's step, not the rule", () => {
    const next = removeStep(sop, 2);
    expect(next.withdraw).toEqual({ role: "PEMOHON", allowedStatuses: ["IN_PROGRESS"] });
  });

  it("moving a step swaps numbers and the targets follow", () => {
    const next = moveStep(sop, 3, -1);
    expect(next.steps.map((s) => [s.no, s.activity])).toEqual([[1, "ajukan"], [2, "periksa"], [3, "terbitkan"], [4, "putuskan"]]);
    expect(targets(next).periksa).toEqual([{ step: 4 }, { resubmitTo: 1 }]);
    expect(targets(next).putuskan).toEqual([{ step: 3 }, { end: "REJECTED" }]);
    expect(next.withdraw?.blockedOnPathOf).toBe(4);
  });

  it("moving past an edge changes nothing", () => {
    expect(moveStep(sop, 0, -1).steps).toEqual(sop.steps);
    expect(moveAt([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });

  it("renumbers steps that were not numbered 1, 2, 3…", () => {
    const gappy: SopDefinition = { ...sop, steps: [step(10, "a", [{ action: "COMPLETE", to: { step: 20 } }]), step(20, "b", [{ action: "COMPLETE", to: { end: "ISSUED" } }])] };
    const next = renumberSteps(gappy, gappy.steps.map((s) => ({ step: s, oldNo: s.no })));
    expect(next.steps.map((s) => s.no)).toEqual([1, 2]);
    expect(next.steps[0]!.actions[0]!.to).toEqual({ step: 2 });
  });
});

describe("field edits", () => {
  const field: FormField = { code: "x", kind: "TEXT", label: "X", required: false, rules: { maxLength: 20, pattern: { regex: "[a-z]+", message: "huruf kecil" } } };

  it("a new kind keeps only the rules it can have", () => {
    expect(withKind(field, "DATE")).toEqual({ code: "x", kind: "DATE", label: "X", required: false });
    expect(withKind(field, "LONG_TEXT").rules).toEqual(field.rules);
    expect(withKind(field, "SELECT").options).toEqual([]);
    expect(withKind({ ...field, kind: "NUMBER", rules: { min: 1 } }, "TEXT").rules).toBeUndefined();
  });

  it("an emptied rule is left out, and so is an empty rules object", () => {
    const one = withRule(field, "maxLength", undefined);
    expect(one.rules).toEqual({ pattern: field.rules!.pattern });
    expect("rules" in withRule(one, "pattern", undefined)).toBe(false);
  });

  it("lines are trimmed and empty ones dropped", () => {
    expect(linesOf(" a \n\n b\n")).toEqual(["a", "b"]);
  });
});

describe("problems at their place", () => {
  const def = { flows: { NEW: sop } };
  it("a flow problem naming a step goes to that step (and its property)", () => {
    expect(placeProblem({ path: "flows.NEW", message: "Langkah 3 › standardMinutes: waktu standar harus lebih dari 0 menit" }, def)).toMatchObject({
      path: "flows.NEW.steps.2.standardMinutes",
      section: "alur",
    });
    expect(placeProblem({ path: "flows.NEW", message: "Langkah 2: tidak ada tindakan" }, def).path).toBe("flows.NEW.steps.1");
    expect(placeProblem({ path: "flows.NEW", message: "Langkah urutan ke-4 › activity: tidak boleh kosong" }, def).path).toBe("flows.NEW.steps.3.activity");
    expect(placeProblem({ path: "flows.NEW", message: "Ada tindakan RETURN tetapi aturan resubmit (siapa yang mengajukan ulang) tidak ditentukan" }, def).path).toBe("flows.NEW.resubmit");
    expect(placeProblem({ path: "flows.NEW", message: "alur dapat berakhir Izin Terbit, tetapi…" }, def).path).toBe("flows.NEW");
  });

  it("a refusal's repeated keys and an import's prefix are dropped", () => {
    expect(placeProblem({ path: "form.2.label#2", message: "m" }, def)).toEqual({ path: "form.2.label", message: "m", section: "formulir" });
    expect(placeProblem({ path: "definition.books.0.format", message: "m" }, def).section).toBe("buku");
    expect(placeProblem({ path: "validity", message: "m" }, def).section).toBe("identitas");
  });
});

describe("problem paths as people read them", () => {
  it("numbers from 1 and names the flow", async () => {
    const { describePath } = await import("./definition-edits");
    expect(describePath("form.2.label")).toBe("Formulir pemohon › isian 3 › label");
    expect(describePath("flows.NEW.steps.0.actions.1.to", { NEW: "Permohonan baru" })).toBe("Alur Permohonan baru › Langkah 1 › Tindakan 2 › tujuan");
    expect(describePath("")).toBe("Jenis izin");
    expect(describePath("feeRupiah")).toBe("Identitas › biaya");
    expect(describePath("registrationPrefix")).toBe("Identitas › awalan nomor registrasi");
  });
});
