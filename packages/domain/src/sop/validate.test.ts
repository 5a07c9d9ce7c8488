import { describe, expect, it } from "vitest";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "./sik-perekam-medis";
import type { SopDefinition, SopStep } from "./types";
import { validateSop } from "./validate";

const clone = (): SopDefinition => structuredClone(SOP);
const stepOf = (def: SopDefinition, no: number): SopStep => def.steps.find((s) => s.no === no) as SopStep;

function problemsOf(def: unknown): string[] {
  const result = validateSop(def);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("validateSop", () => {
  it("lists every problem of a broken definition at once", () => {
    const def = clone() as unknown as { steps: Array<Record<string, unknown>> } & Record<string, unknown>;
    const steps = def.steps as unknown as SopStep[];
    (steps[2] as unknown as Record<string, unknown>).role = "KEPALA_DESA"; // unknown role (step 3)
    (steps[3] as SopStep).standardMinutes = 0; // non-positive (step 4)
    (steps[4] as SopStep).standardMinutes = 12.5; // non-integer (step 5)
    (steps[6] as SopStep).no = 6; // duplicate: step 7 renumbered to 6
    (steps[8] as SopStep).actions = []; // step 9: no way out
    (steps[9] as SopStep).actions = [{ action: "COMPLETE", to: { step: 99 } }]; // step 10: unknown target
    (steps[19] as SopStep).markers = { signs: true }; // step 20 signs ...
    (steps[18] as SopStep).markers = { signs: true }; // ... and so does 19
    const problems = problemsOf(def);

    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Langkah 3 › role: peran "KEPALA_DESA" tidak dikenal/),
        expect.stringMatching(/Langkah 4 › standardMinutes: waktu standar harus lebih dari 0/),
        expect.stringMatching(/Langkah 5 › standardMinutes: waktu standar harus bilangan bulat/),
        "Nomor langkah 6 dipakai lebih dari sekali",
        expect.stringMatching(/Langkah 9: tidak ada tindakan/),
        expect.stringMatching(/Langkah 10: tindakan COMPLETE menuju langkah 99 yang tidak ada/),
        expect.stringMatching(/"signs" hanya boleh pada satu langkah.*19, 20/),
        "Langkah 11 tidak dapat dicapai dari langkah pertama",
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(8);
  });

  it("finds a loop the office could spin forever, but accepts one through the applicant", () => {
    const def = clone();
    stepOf(def, 7).actions = [{ action: "COMPLETE", to: { step: 6 } }];
    expect(problemsOf(def)).toEqual(
      expect.arrayContaining([
        "Langkah 6, 7 membentuk putaran tanpa langkah pemohon: berkas dapat berputar di kantor tanpa akhir",
        "Langkah 6: tidak ada jalur menuju akhir (ISSUED/REJECTED)",
      ]),
    );

    const selfLoop = clone();
    stepOf(selfLoop, 4).actions.push({ action: "APPROVE", to: { step: 4 } });
    expect(problemsOf(selfLoop)).toEqual(["Langkah 4 membentuk putaran tanpa langkah pemohon: berkas dapat berputar di kantor tanpa akhir"]);

    const throughApplicant = clone();
    stepOf(throughApplicant, 4).actions.push({ action: "APPROVE", to: { step: 1 } });
    expect(validateSop(throughApplicant).ok).toBe(true);
  });

  it("checks how actions and markers are used", () => {
    const def = clone();
    stepOf(def, 2).actions = [{ action: "COMPLETE", to: { step: 3 } }, { action: "RETURN", to: { step: 2 } }];
    stepOf(def, 3).actions = [{ action: "COMPLETE", to: { step: 4 } }, { action: "COMPLETE", to: { resubmitTo: 2 } }];
    stepOf(def, 4).actions = [{ action: "COMPLETE", to: { step: 5 } }, { action: "WITHDRAW", to: { end: "WITHDRAWN" } }];
    stepOf(def, 6).actions = [{ action: "COMPLETE", to: { step: 7 } }, { action: "RECORD_RECEIPT", to: { step: 7 } }];
    stepOf(def, 7).actions = [{ action: "COMPLETE", to: { step: 8 } }, { action: "RETURN", to: { resubmitTo: 77 } }];
    stepOf(def, 12).role = "ADMIN";
    stepOf(def, 14).actions = [{ action: "COMPLETE", to: { step: 15 }, by: "AUDITOR" }];
    stepOf(def, 16).markers = { applicantStep: true };
    stepOf(def, 5).markers = { assignsTeam: "AUDITOR" };
    stepOf(def, 15).actions = [{ action: "COMPLETE", to: { end: "REJECTED" } }];
    const problems = problemsOf({ ...def, resubmit: undefined, withdraw: { ...def.withdraw, blockedOnPathOf: 42 } });

    expect(problems).toEqual(
      expect.arrayContaining([
        "Langkah 2: hanya tindakan RETURN yang memakai tujuan { resubmitTo }, dan RETURN wajib memakainya",
        "Langkah 3: tindakan COMPLETE tercantum lebih dari sekali",
        "Langkah 3: hanya tindakan RETURN yang memakai tujuan { resubmitTo }, dan RETURN wajib memakainya",
        "Langkah 4: tindakan WITHDRAW berlaku untuk berkas, bukan untuk langkah",
        "Langkah 4: tindakan WITHDRAW tidak boleh mengakhiri berkas dengan status WITHDRAWN",
        "Langkah 6: RECORD_RECEIPT hanya pada langkah penerimaan (receipt) dan harus menyebut pelaksana (by)",
        "Langkah 7: tindakan RETURN kembali ke langkah 77 yang tidak ada",
        "Langkah 12: peran ADMIN tidak melaksanakan langkah",
        "Langkah 14: peran AUDITOR tidak melaksanakan tindakan COMPLETE",
        "Langkah 16: penanda applicantStep harus ada tepat pada langkah berperan PEMOHON",
        "Langkah 5: assignsTeam AUDITOR bukan peran yang melaksanakan langkah SOP ini",
        "Ada tindakan RETURN tetapi aturan resubmit (siapa yang mengajukan ulang) tidak ditentukan",
        "withdraw.blockedOnPathOf menunjuk langkah 42 yang tidak ada",
      ]),
    );
  });

  it("reports schema problems of the whole definition", () => {
    expect(problemsOf({ ...clone(), code: " ", version: 0, steps: [] })).toEqual(
      expect.arrayContaining(["code: tidak boleh kosong", "version: versi harus positif", "steps: SOP harus memiliki paling sedikit satu langkah"]),
    );
    expect(problemsOf(null)).toEqual([expect.any(String)]);
    expect(problemsOf({ steps: "x" }).length).toBeGreaterThan(1);
  });

  it("names a step without a usable number by its position", () => {
    const def = clone() as unknown as { steps: Array<Record<string, unknown>> };
    (def.steps[0] as Record<string, unknown>).no = "satu";
    (def.steps[1] as Record<string, unknown>).activity = "";
    expect(problemsOf(def)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Langkah urutan ke-1 › no:/), expect.stringMatching(/^Langkah 2 › activity: tidak boleh kosong/)]),
    );
  });

  it("reports a step object that is itself malformed", () => {
    const def = clone() as unknown as { steps: unknown[] };
    def.steps[3] = "bukan langkah";
    expect(problemsOf(def)).toEqual([expect.stringMatching(/^Langkah urutan ke-4:/)]);
  });

  it("flags an SOP with no end at all", () => {
    const def = clone();
    stepOf(def, 15).actions = [{ action: "COMPLETE", to: { step: 1 } }];
    stepOf(def, 23).actions = [{ action: "COMPLETE", to: { step: 1 } }];
    expect(problemsOf(def)).toContain("Langkah 1: tidak ada jalur menuju akhir (ISSUED/REJECTED)");
  });
});
