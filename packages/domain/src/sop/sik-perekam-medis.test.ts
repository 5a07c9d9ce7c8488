import { describe, expect, it } from "vitest";
import { ROLE_LABELS } from "../roles";
import { SOP_SIK_PEREKAM_MEDIS as SOP } from "./sik-perekam-medis";
import { sopDefinitionSchema } from "./schema";
import { validateSop } from "./validate";

/** The document's table, transcribed independently: no, role (README reading), minutes, inputs count. */
const TABLE: Array<[number, string, number, number]> = [
  [1, "PEMOHON", 60, 1],
  [2, "FRONT_OFFICE", 120, 1],
  [3, "FRONT_OFFICE", 30, 1],
  [4, "BACK_OFFICE", 180, 1],
  [5, "BACK_OFFICE", 240, 3],
  [6, "TIM_TEKNIS", 480, 1],
  [7, "TIM_TEKNIS", 480, 1],
  [8, "TIM_TEKNIS", 480, 1],
  [9, "TIM_TEKNIS", 120, 1],
  [10, "KABID_PELAYANAN", 60, 1],
  [11, "SEKRETARIS", 60, 1],
  [12, "SEKRETARIS", 120, 1],
  [13, "KASUBBAG_UMUM", 60, 2],
  [14, "FRONT_OFFICE", 60, 1],
  [15, "PEMOHON", 15, 3],
  [16, "BACK_OFFICE", 30, 1],
  [17, "BACK_OFFICE", 45, 1],
  [18, "KABID_PELAYANAN", 60, 1],
  [19, "SEKRETARIS", 60, 1],
  [20, "KADIS", 480, 1],
  [21, "KASUBBAG_UMUM", 60, 1],
  [22, "FRONT_OFFICE", 30, 1],
  [23, "PEMOHON", 30, 3],
];

describe("the seeded SOP SIK Perekam Medis", () => {
  it("is valid and parses with the stored-JSON schema unchanged", () => {
    expect(validateSop(SOP)).toEqual({ ok: true, sop: SOP });
    expect(sopDefinitionSchema.parse(JSON.parse(JSON.stringify(SOP)))).toEqual(SOP);
  });

  it("carries the document's identity", () => {
    expect(SOP).toMatchObject({
      code: "SIK-PEREKAM-MEDIS",
      version: 1,
      documentNumber: "SOP/XIII/DPMP/SPK/2022",
      permitTypeName: "Surat Izin Kerja Perekam Medis",
      approvedBy: "OLOAN HASUGIAN, ST — NIP. 19750831 200312 1 003",
    });
    expect(SOP.legalBasis).toHaveLength(3);
    expect(SOP.legalBasis.join(" ")).toMatch(/Permendagri No\. 52 Tahun 2011.*Kabupaten Dairi No\. 4 Tahun 2019.*Bupati Dairi No\. 7 Tahun 2022/);
  });

  it.each(TABLE)("step %i is done by %s in %i minutes with %i inputs", (no, role, minutes, inputs) => {
    const step = SOP.steps.find((s) => s.no === no);
    expect(step).toMatchObject({ role, standardMinutes: minutes });
    expect(step?.inputs).toHaveLength(inputs);
    expect(step?.inputs.every((input) => input === input.trim() && !input.includes(","))).toBe(true);
  });

  it("has the 23 steps in order, with the document's wording", () => {
    expect(SOP.steps.map((s) => s.no)).toEqual(TABLE.map(([no]) => no));
    expect(SOP.steps.find((s) => s.no === 5)?.inputs).toEqual(["Berkas", "Standar Pelayanan", "SK Tim Teknis"]);
    expect(SOP.steps.find((s) => s.no === 20)?.activity).toBe("Penandatanganan Surat Izin");
    expect(SOP.steps.find((s) => s.no === 23)?.output).toBe("Surat Izin Diterima");
  });

  it("marks steps 13–23 as a role reading awaiting the office's confirmation, and only those", () => {
    const noted = SOP.steps.filter((s) => s.roleReadingNote).map((s) => s.no);
    expect(noted).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    expect(SOP.steps.find((s) => s.no === 13)?.roleReadingNote).toContain("menunggu konfirmasi kantor");
  });

  it("has the markers the process depends on", () => {
    const withMarker = (key: string, value?: unknown): number[] =>
      SOP.steps
        .filter((s) => s.markers && key in s.markers && (value === undefined || (s.markers as Record<string, unknown>)[key] === value))
        .map((s) => s.no);
    expect(withMarker("signs")).toEqual([20]);
    expect(withMarker("numbers", "OUTGOING_LETTER")).toEqual([13]);
    expect(withMarker("numbers", "PERMIT")).toEqual([21]);
    expect(withMarker("receipt")).toEqual([15, 23]);
    expect(withMarker("applicantStep")).toEqual([1, 15, 23]);
    expect(withMarker("signatureChain", "PENOLAKAN")).toEqual([10, 11, 12]);
    expect(withMarker("signatureChain", "IZIN")).toEqual([17, 18, 19, 20]);
    expect(withMarker("assignsTeam", "TIM_TEKNIS")).toEqual([5]);
  });

  it("names every role with its Indonesian title", () => {
    expect(ROLE_LABELS.BACK_OFFICE).toBe("Back Office / Ka Seksi Pelayanan II");
    expect(ROLE_LABELS.KADIS).toBe("Kepala Dinas");
  });
});
