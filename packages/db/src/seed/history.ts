import { SOP_SIK_PEREKAM_MEDIS, type Command, type Role } from "@perizinan/domain";

export type DemoStep = { by: Role | "APPLICANT"; command: Command; afterMinutes: number; assign?: boolean; data?: Record<string, unknown> };
export type DemoFile = { id: string; applicant: number; startDaysAgo: number; steps: DemoStep[]; stopAtNow?: boolean };

const RETURN_REASONS = [
  "STR Perekam Medis: masa berlaku pada dokumen tidak terbaca",
  "Pas foto berwarna 4x6: latar belakang bukan merah",
  "Ijazah D3 Rekam Medis: belum dilegalisir",
  "Surat keterangan sehat: lebih dari tiga bulan",
];
const REJECT_REASONS = [
  "Fasilitas pelayanan kesehatan belum memiliki izin operasional",
  "STR tidak sesuai dengan kualifikasi yang dimohonkan",
  "Hasil peninjauan lapangan: pemohon tidak bekerja di fasilitas tersebut",
];

/** A small deterministic generator, so every seeded database shows the same history. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const standard = (no: number): number => SOP_SIK_PEREKAM_MEDIS.steps.find((s) => s.no === no)?.standardMinutes ?? 60;

/**
 * Closed and running files over the last four months, with the spreads a real office shows: most
 * steps on time, the technical team's steps 6–8 often late, some files returned for incomplete
 * requirements, a few rejected and one withdrawn — so the Kadis's dashboard has something to say.
 */
export function demoHistory(count = 18): DemoFile[] {
  const rnd = random(20261130);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const take = (no: number, slow = 1): number => Math.max(5, Math.round(standard(no) * (0.3 + rnd() * 1.2 * slow)));
  const step = (by: Role | "APPLICANT", no: number, command: Command = { action: "COMPLETE" }, slow = 1): DemoStep => ({
    by,
    command,
    afterMinutes: take(no, slow),
  });

  const files: DemoFile[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = i % 9 === 4 ? "REJECT" : i % 9 === 7 ? "WITHDRAW" : "ISSUE";
    const returnAt = i % 4 === 1 ? 2 : i % 5 === 3 ? 5 : null;
    const steps: DemoStep[] = [{ by: "APPLICANT", command: { action: "COMPLETE" }, afterMinutes: 0 }];
    const intake = (): void => {
      steps.push(step("FRONT_OFFICE", 2), step("FRONT_OFFICE", 3), step("BACK_OFFICE", 4));
    };
    if (returnAt === 2) {
      steps.push({ by: "FRONT_OFFICE", command: { action: "RETURN", reasons: [pick(RETURN_REASONS)] }, afterMinutes: take(2) });
      steps.push({ by: "APPLICANT", command: { action: "RESUBMIT" }, afterMinutes: 240 + Math.round(rnd() * 1200) });
    }
    intake();
    if (kind === "WITHDRAW") {
      steps.push({ by: "APPLICANT", command: { action: "WITHDRAW", reasons: ["Pemohon pindah tempat kerja"] }, afterMinutes: 120 });
      files.push({ id: `demo-riwayat-${String(i + 1).padStart(2, "0")}`, applicant: i % 2, startDaysAgo: 20 + i * 6, steps, stopAtNow: true });
      continue;
    }
    if (returnAt === 5) {
      steps.push({ by: "BACK_OFFICE", command: { action: "RETURN", reasons: [pick(RETURN_REASONS)] }, afterMinutes: take(5) });
      steps.push({ by: "APPLICANT", command: { action: "RESUBMIT" }, afterMinutes: 480 + Math.round(rnd() * 1500) });
      intake();
    }
    steps.push({ ...step("BACK_OFFICE", 5), assign: true });
    // The SOP's own warning: the technical team is where files stall.
    steps.push(step("TIM_TEKNIS", 6, undefined, 1.8), step("TIM_TEKNIS", 7, undefined, 2));
    if (kind === "REJECT") {
      steps.push(step("TIM_TEKNIS", 8, { action: "REJECT", reasons: [pick(REJECT_REASONS)] }, 1.5));
      steps.push(step("TIM_TEKNIS", 9), step("KABID_PELAYANAN", 10), step("SEKRETARIS", 11), step("SEKRETARIS", 12));
      steps.push(step("KASUBBAG_UMUM", 13), step("FRONT_OFFICE", 14), step("APPLICANT", 15));
    } else {
      steps.push(step("TIM_TEKNIS", 8, { action: "APPROVE" }, 1.5));
      steps.push(step("BACK_OFFICE", 16), step("BACK_OFFICE", 17), step("KABID_PELAYANAN", 18), step("SEKRETARIS", 19));
      steps.push(step("KADIS", 20), step("KASUBBAG_UMUM", 21), step("FRONT_OFFICE", 22), step("APPLICANT", 23, undefined, 4));
    }
    // Newest files first in time: the last few are still running (and some are late) today.
    files.push({ id: `demo-riwayat-${String(i + 1).padStart(2, "0")}`, applicant: i % 2, startDaysAgo: 10 + i * 6, steps, stopAtNow: true });
  }
  return files;
}
