import { fillPlaceholders, placeholdersIn, strayBraces, type PlaceholderValues } from "../permit-type/letters";
import type { NoticeKind } from "./kinds";

/**
 * A notice's words: a subject (the email's subject, the bell's title) and a plain-text body,
 * with the same `{group.name}` placeholders as letters. The office edits them (per permit type
 * where it matters); these are the defaults, in the register an Indonesian office writes to the
 * public. A WhatsApp Cloud template is Meta's text, not this one: the body here is what email,
 * the portal and a plain gateway carry.
 */
export interface NoticeTemplate {
  subject: string;
  body: string;
}

/** The placeholders a notice may use. `berkas.alasan` is the reasons as a list, one per line. */
export const NOTICE_PLACEHOLDERS = {
  penerima: ["nama"],
  berkas: ["nomorRegistrasi", "jenisIzin", "pemohon", "langkah", "peran", "tenggat", "terlambat", "perkiraanSelesai", "alasan", "batasPerbaikan", "status"],
  izin: ["nomor"],
  tautan: ["lacak", "perbaikan", "berkas", "pemberitahuan", "kotakMasuk", "dasbor"],
  kantor: ["nama", "telepon", "alamat"],
  ringkasan: ["daftar", "jumlah", "tanggal"],
} as const;

const ALLOWED = new Set(Object.entries(NOTICE_PLACEHOLDERS).flatMap(([group, names]) => names.map((n) => `${group}.${n}`)));

const SIGN_OFF = "\n\nHormat kami,\n{kantor.nama}\n{kantor.telepon}";

export const DEFAULT_NOTICE_TEMPLATES: Record<NoticeKind, NoticeTemplate> = {
  FILE_SUBMITTED: {
    subject: "Permohonan {berkas.nomorRegistrasi} telah diterima",
    body:
      "Yth. {penerima.nama},\n\nPermohonan {berkas.jenisIzin} Anda telah kami terima dengan nomor registrasi {berkas.nomorRegistrasi}. " +
      "Berkas akan diperiksa sesuai standar pelayanan; perkiraan selesai {berkas.perkiraanSelesai}.\n\n" +
      "Ikuti perkembangannya di {tautan.lacak}" + SIGN_OFF,
  },
  FILE_RETURNED: {
    subject: "Berkas {berkas.nomorRegistrasi} dikembalikan untuk diperbaiki",
    body:
      "Yth. {penerima.nama},\n\nPermohonan {berkas.jenisIzin} Anda (nomor registrasi {berkas.nomorRegistrasi}) dikembalikan untuk diperbaiki, dengan alasan:\n{berkas.alasan}\n\n" +
      "Perbaiki dan ajukan kembali paling lambat {berkas.batasPerbaikan} melalui {tautan.perbaikan}\n" +
      "Bila sampai batas itu tidak diajukan kembali, permohonan ditutup." + SIGN_OFF,
  },
  FILE_RESUBMITTED: {
    subject: "Perbaikan berkas {berkas.nomorRegistrasi} telah diterima",
    body:
      "Yth. {penerima.nama},\n\nPerbaikan permohonan {berkas.jenisIzin} Anda (nomor registrasi {berkas.nomorRegistrasi}) telah kami terima dan diperiksa kembali.\n\n" +
      "Ikuti perkembangannya di {tautan.lacak}" + SIGN_OFF,
  },
  FILE_REJECTED: {
    subject: "Permohonan {berkas.nomorRegistrasi} tidak dapat disetujui",
    body:
      "Yth. {penerima.nama},\n\nDengan menyesal kami sampaikan bahwa permohonan {berkas.jenisIzin} Anda (nomor registrasi {berkas.nomorRegistrasi}) tidak dapat disetujui, dengan alasan:\n{berkas.alasan}\n\n" +
      "Surat penolakan nomor {izin.nomor} dapat diambil di loket atau dilihat di {tautan.lacak}" + SIGN_OFF,
  },
  PERMIT_READY: {
    subject: "Izin {berkas.jenisIzin} Anda telah terbit",
    body:
      "Yth. {penerima.nama},\n\nIzin {berkas.jenisIzin} Anda telah terbit dengan nomor {izin.nomor} (nomor registrasi {berkas.nomorRegistrasi}) dan siap diambil di loket.\n\n" +
      "Lihat di {tautan.lacak}" + SIGN_OFF,
  },
  FILE_CLOSED: {
    subject: "Berkas {berkas.nomorRegistrasi} ditutup",
    body:
      "Yth. {penerima.nama},\n\nBerkas permohonan {berkas.jenisIzin} Anda (nomor registrasi {berkas.nomorRegistrasi}) telah ditutup dengan status: {berkas.status}.\n\n" +
      "Riwayatnya tetap dapat dilihat di {tautan.lacak}" + SIGN_OFF,
  },
  RETURN_REMINDER: {
    subject: "Pengingat: perbaiki berkas {berkas.nomorRegistrasi} sebelum {berkas.batasPerbaikan}",
    body:
      "Yth. {penerima.nama},\n\nBerkas permohonan {berkas.jenisIzin} Anda (nomor registrasi {berkas.nomorRegistrasi}) masih menunggu perbaikan. " +
      "Bila tidak diajukan kembali paling lambat {berkas.batasPerbaikan}, permohonan ditutup.\n\nPerbaiki di {tautan.perbaikan}" + SIGN_OFF,
  },
  RETURN_ABANDONED: {
    subject: "Berkas {berkas.nomorRegistrasi} ditutup karena tidak diperbaiki",
    body:
      "Yth. {penerima.nama},\n\nBerkas permohonan {berkas.jenisIzin} Anda (nomor registrasi {berkas.nomorRegistrasi}) ditutup karena tidak diajukan kembali sampai {berkas.batasPerbaikan}. " +
      "Anda dapat mengajukan permohonan baru kapan saja." + SIGN_OFF,
  },
  NEW_WORK: {
    subject: "Pekerjaan baru: {berkas.langkah} — {berkas.nomorRegistrasi}",
    body:
      "Yth. {penerima.nama},\n\nBerkas {berkas.jenisIzin} atas nama {berkas.pemohon} (nomor registrasi {berkas.nomorRegistrasi}) menunggu langkah \"{berkas.langkah}\" ({berkas.peran}), " +
      "batas waktu {berkas.tenggat}.\n\nBuka berkas: {tautan.berkas}",
  },
  WORK_DIGEST: {
    subject: "Ringkasan pekerjaan baru {ringkasan.tanggal}: {ringkasan.jumlah} berkas",
    body: "Yth. {penerima.nama},\n\nBerkas yang masuk ke daftar kerja Anda sejak ringkasan terakhir:\n{ringkasan.daftar}\n\nBuka kotak masuk: {tautan.kotakMasuk}",
  },
  STEP_AT_RISK: {
    subject: "Mendekati batas waktu: {berkas.langkah} — {berkas.nomorRegistrasi}",
    body:
      "Yth. {penerima.nama},\n\nLangkah \"{berkas.langkah}\" pada berkas {berkas.nomorRegistrasi} ({berkas.jenisIzin}) mendekati batas waktunya, {berkas.tenggat}.\n\nBuka berkas: {tautan.berkas}",
  },
  STEP_OVERDUE: {
    subject: "Terlambat: {berkas.langkah} — {berkas.nomorRegistrasi}",
    body:
      "Yth. {penerima.nama},\n\nLangkah \"{berkas.langkah}\" pada berkas {berkas.nomorRegistrasi} ({berkas.jenisIzin}) telah melewati batas waktunya ({berkas.tenggat}).\n\nBuka berkas: {tautan.berkas}",
  },
  ESCALATION: {
    subject: "Eskalasi: {berkas.nomorRegistrasi} terlambat {berkas.terlambat} di {berkas.peran}",
    body:
      "Yth. {penerima.nama},\n\nLangkah \"{berkas.langkah}\" ({berkas.peran}) pada berkas {berkas.nomorRegistrasi} ({berkas.jenisIzin}) terlambat {berkas.terlambat} dari batas waktunya ({berkas.tenggat}). " +
      "Berkas ini tampil di \"Terlambat di bawah saya\" dan dapat dialihkan kepada petugas lain.\n\nBuka berkas: {tautan.berkas}",
  },
  KADIS_DIGEST: {
    subject: "Berkas terlambat per {ringkasan.tanggal}: {ringkasan.jumlah}",
    body: "Yth. {penerima.nama},\n\nBerkas yang melewati batas waktu langkahnya pada pagi ini, per peran dan petugas:\n{ringkasan.daftar}\n\nDasbor: {tautan.dasbor}",
  },
};

export interface NoticeTemplateProblem {
  path: "subject" | "body";
  message: string;
}

/** What is wrong with an edited template: an empty text, an unknown placeholder, a stray brace. */
export function noticeTemplateProblems(template: NoticeTemplate): NoticeTemplateProblem[] {
  const problems: NoticeTemplateProblem[] = [];
  for (const path of ["subject", "body"] as const) {
    const text = template[path];
    if (text.trim() === "") problems.push({ path, message: path === "subject" ? "Judul wajib diisi." : "Isi pesan wajib diisi." });
    for (const p of placeholdersIn(text)) {
      if (!ALLOWED.has(`${p.group}.${p.name}`)) problems.push({ path, message: `Isian ${p.token} tidak dikenal.` });
    }
    if (strayBraces(text)) problems.push({ path, message: "Ada kurung kurawal yang tidak membentuk isian {kelompok.nama}." });
  }
  if (template.subject.includes("\n")) problems.push({ path: "subject", message: "Judul harus satu baris." });
  return problems;
}

export interface RenderedNotice {
  subject: string;
  body: string;
}

/** Fills a template; an empty value prints "-" (a visible gap, as on letters). */
export function renderNotice(template: NoticeTemplate, values: PlaceholderValues): RenderedNotice {
  return { subject: fillPlaceholders(template.subject, values).trim(), body: fillPlaceholders(template.body, values).trim() };
}

/** The template in force: the permit type's own, else the office's, else the default. */
export function templateFor(kind: NoticeKind, overrides: ReadonlyArray<{ kind: string; permitTypeId: string | null; subject: string; body: string }>, permitTypeId: string | null): NoticeTemplate {
  const own = permitTypeId ? overrides.find((o) => o.kind === kind && o.permitTypeId === permitTypeId) : undefined;
  const office = overrides.find((o) => o.kind === kind && o.permitTypeId === null);
  const chosen = own ?? office;
  return chosen ? { subject: chosen.subject, body: chosen.body } : DEFAULT_NOTICE_TEMPLATES[kind];
}

