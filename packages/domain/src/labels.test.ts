import { describe, expect, it } from "vitest";
import { ACTION_LABELS, ACTION_NAMES, isActionName, isStepActionName } from "./actions";
import { FILE_STATUSES, isOpen, STATUS_LABELS } from "./file-status";
import { hasRole, isRole, ROLE_LABELS, ROLES } from "./roles";

describe("Indonesian labels", () => {
  it("name every role, action and status", () => {
    expect(Object.keys(ROLE_LABELS)).toEqual([...ROLES]);
    expect(Object.values(ROLE_LABELS)).toEqual([
      "Pemohon",
      "Penerima Berkas / Front Office",
      "Kasubbag Umum",
      "Back Office / Ka Seksi Pelayanan II",
      "Tim Teknis",
      "Kabid Pelayanan",
      "Sekretaris",
      "Kepala Dinas",
      "Administrator Sistem",
      "Auditor",
    ]);
    expect(ACTION_NAMES.map((a) => ACTION_LABELS[a])).toEqual([
      "Selesaikan",
      "Kembalikan ke Pemohon",
      "Ajukan Ulang",
      "Setujui",
      "Setujui dengan Syarat",
      "Tolak",
      "Tarik Permohonan",
      "Catat Penerimaan di Loket",
      "Cabut Izin",
    ]);
    expect(FILE_STATUSES.map((s) => STATUS_LABELS[s])).toEqual([
      "Dalam Proses",
      "Dikembalikan ke Pemohon",
      "Izin Terbit",
      "Ditolak",
      "Ditarik Pemohon",
      "Izin Dicabut",
    ]);
  });

  it("recognise their own vocabulary", () => {
    expect(isRole("KADIS")).toBe(true);
    expect(isRole("BUPATI")).toBe(false);
    expect(isRole(3)).toBe(false);
    expect(hasRole({ id: "a", roles: ["KADIS"] }, "KADIS")).toBe(true);
    expect(isActionName("APPROVE")).toBe(true);
    expect(isActionName("DELETE")).toBe(false);
    expect(isStepActionName("WITHDRAW")).toBe(false);
    expect(isStepActionName("RECORD_RECEIPT")).toBe(true);
    expect(isOpen("RETURNED")).toBe(true);
    expect(isOpen("ISSUED")).toBe(false);
  });
});
