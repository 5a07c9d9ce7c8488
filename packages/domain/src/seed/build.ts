import type { Role } from "../roles";
import type { FormField } from "../permit-type/form";
import type { LetterTemplate } from "../permit-type/letters";
import type { SopStep, StepAction, StepMarkers } from "../sop/types";

/** Shorthands for writing the seeded permit types' flows and letters as data. */
export const HOUR = 60;
export const DAY = 480;

export const next = (step: number): StepAction[] => [{ action: "COMPLETE", to: { step } }];
export const returnTo = (step: number): StepAction => ({ action: "RETURN", to: { resubmitTo: step }, requiresReasons: true });
export const receipt = (end: "ISSUED" | "REJECTED"): StepAction[] => [
  { action: "COMPLETE", to: { end } },
  { action: "RECORD_RECEIPT", to: { end }, by: "FRONT_OFFICE" },
];

export function step(
  no: number,
  activity: string,
  role: Role,
  standardMinutes: number,
  output: string,
  actions: StepAction[],
  markers?: StepMarkers,
  extra: Partial<SopStep> = {},
): SopStep {
  return { no, activity, role, inputs: extra.inputs ?? [], standardMinutes, output, actions, ...(markers ? { markers } : {}), ...extra };
}

/** The applicant's submission: online, or at the counter for a walk-in applicant. */
export const submission = (to: number): SopStep =>
  step(1, "Menyampaikan Permohonan", "PEMOHON", 1 * HOUR, "Berkas Diterima", [...next(to), { action: "COMPLETE", to: { step: to }, by: "FRONT_OFFICE" }], { applicantStep: true }, { inputs: ["Berkas Permohonan"] });

export const dispositionFields: FormField[] = [
  { code: "isiDisposisi", kind: "LONG_TEXT", label: "Isi disposisi", required: true, rules: { maxLength: 2000 } },
];

export const inspectionFields: FormField[] = [
  { code: "tanggalPeninjauan", kind: "DATE", label: "Tanggal peninjauan", required: true, rules: { date: "NOT_FUTURE" } },
  { code: "jamPeninjauan", kind: "TIME", label: "Jam peninjauan", required: true },
  { code: "tempatPeninjauan", kind: "TEXT", label: "Tempat", required: true, rules: { maxLength: 300 } },
  { code: "hasilPeninjauan", kind: "LONG_TEXT", label: "Hasil peninjauan", required: true, rules: { maxLength: 5000 } },
];

export const assessmentFields: FormField[] = [
  { code: "hasilPenilaian", kind: "LONG_TEXT", label: "Hasil penilaian Tim Teknis (untuk Rekomendasi)", required: true, rules: { maxLength: 5000 } },
];

/** The office's standard letters, shared by the seeded types; each type adds its permit. */
export const receiptLetter: LetterTemplate = {
  code: "RESI_PENERIMAAN",
  purpose: "RECEIPT",
  layout: "FORM",
  title: "TANDA TERIMA / RESI PENERIMAAN BERKAS",
  citesLegalBasis: false,
  body: ["Telah diterima berkas permohonan {izin.nama} dengan keterangan sebagai berikut:"],
  rows: [
    { label: "Nomor Registrasi", value: "{berkas.nomorRegistrasi}" },
    { label: "Jenis Izin", value: "{izin.nama}" },
    { label: "Nama Pemohon", value: "{pemohon.nama}" },
    { label: "NIK", value: "{pemohon.nik}" },
    { label: "Telepon / Pos-el", value: "{pemohon.telepon} / {pemohon.email}" },
    { label: "Waktu Penerimaan", value: "{berkas.tanggalMasuk}" },
  ],
  lists: ["REQUIREMENTS"],
  closing: ["Tanda terima ini harap disimpan dan ditunjukkan pada saat pengambilan surat izin.", "Tanda terima ini bukan merupakan surat izin."],
  signatory: { role: "FRONT_OFFICE", wording: "Petugas Penerima Berkas" },
  tembusan: [],
  letterhead: "OFFICE",
  photo: false,
};

export const dispositionLetter: LetterTemplate = {
  code: "LEMBAR_DISPOSISI",
  purpose: "OTHER",
  layout: "FORM",
  title: "LEMBAR DISPOSISI",
  citesLegalBasis: false,
  body: [],
  rows: [
    { label: "Tanggal", value: "{surat.tanggal}" },
    { label: "Nomor Registrasi", value: "{berkas.nomorRegistrasi}" },
    { label: "Jenis Izin", value: "{izin.nama}" },
    { label: "Pemohon", value: "{pemohon.nama} (NIK {pemohon.nik})" },
    { label: "Isi Disposisi", value: "{langkah.isiDisposisi}" },
  ],
  lists: [],
  closing: [],
  signatory: { role: "BACK_OFFICE" },
  tembusan: [],
  letterhead: "OFFICE",
  photo: false,
};

export const recommendationRequestLetter: LetterTemplate = {
  code: "SURAT_PERMINTAAN_REKOMENDASI",
  purpose: "OTHER",
  layout: "LETTER",
  title: "Permintaan Rekomendasi Teknis",
  addressee: ["Kepala {instansi.nama}", "di-", "Tempat"],
  citesLegalBasis: false,
  body: [
    "Bersama ini kami sampaikan permohonan {izin.nama} atas nama {pemohon.nama} (NIK {pemohon.nik}), nomor registrasi {berkas.nomorRegistrasi}, untuk mendapatkan rekomendasi teknis.",
    "Kami mohon Tim Teknis berikut melakukan verifikasi dan peninjauan lapangan:",
  ],
  rows: [],
  lists: ["TEAM"],
  closing: [
    "Hasil peninjauan lapangan agar dituangkan dalam Berita Acara Peninjauan Lapangan dan rekomendasi Tim Teknis disampaikan kepada kami sesuai dengan standar waktu pelayanan.",
    "Demikian kami sampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.",
  ],
  signatory: { role: "BACK_OFFICE" },
  tembusan: [],
  letterhead: "OFFICE",
  photo: false,
};

export const inspectionLetter: LetterTemplate = {
  code: "BERITA_ACARA",
  purpose: "OTHER",
  layout: "FORM",
  title: "BERITA ACARA PENINJAUAN LAPANGAN",
  citesLegalBasis: false,
  body: ["Pada hari ini, {langkah.tanggalPeninjauan} pukul {langkah.jamPeninjauan}, Tim Teknis telah melakukan peninjauan lapangan atas permohonan berikut:"],
  rows: [
    { label: "Nomor Registrasi", value: "{berkas.nomorRegistrasi}" },
    { label: "Jenis Izin", value: "{izin.nama}" },
    { label: "Pemohon", value: "{pemohon.nama}" },
    { label: "Lokasi peninjauan", value: "{langkah.tempatPeninjauan}" },
    { label: "Hasil peninjauan", value: "{langkah.hasilPeninjauan}" },
  ],
  lists: ["TEAM"],
  closing: ["Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya."],
  signatory: null,
  tembusan: [],
  letterhead: "OFFICE",
  photo: false,
};

export const recommendationLetter: LetterTemplate = {
  code: "REKOMENDASI",
  purpose: "OTHER",
  layout: "FORM",
  title: "REKOMENDASI TIM TEKNIS",
  citesLegalBasis: false,
  body: [
    "Berdasarkan hasil verifikasi berkas dan peninjauan lapangan terhadap permohonan {izin.nama} dengan data sebagai berikut:",
  ],
  rows: [
    { label: "Nomor Registrasi", value: "{berkas.nomorRegistrasi}" },
    { label: "Pemohon", value: "{pemohon.nama} (NIK {pemohon.nik})" },
    { label: "Hasil penilaian", value: "{langkah.hasilPenilaian}" },
  ],
  lists: ["REASONS", "TEAM"],
  closing: ["Tim Teknis merekomendasikan agar permohonan tersebut {berkas.keputusan}.", "Demikian rekomendasi ini disampaikan untuk dapat dipergunakan sebagaimana mestinya."],
  signatory: null,
  tembusan: [],
  letterhead: "AGENCY",
  photo: false,
};

export const rejectionLetter = (signatory: LetterTemplate["signatory"]): LetterTemplate => ({
  code: "SURAT_PENOLAKAN",
  purpose: "REJECTION",
  layout: "LETTER",
  title: "Penolakan Permohonan Izin",
  addressee: ["Sdr/i. {pemohon.nama}", "{pemohon.alamat}"],
  citesLegalBasis: true,
  body: [
    "Sehubungan dengan permohonan {izin.nama} Saudara dengan nomor registrasi {berkas.nomorRegistrasi} yang diterima pada {berkas.tanggalMasuk}, setelah dilakukan verifikasi dan penilaian teknis, dengan ini kami sampaikan bahwa permohonan Saudara tidak dapat disetujui dengan alasan sebagai berikut:",
  ],
  rows: [],
  lists: ["REASONS"],
  closing: [
    "Apabila Saudara keberatan atas keputusan ini, Saudara dapat mengajukan keberatan secara tertulis kepada Kepala {kantor.nama} paling lambat 14 (empat belas) hari kerja sejak surat ini diterima, atau menyampaikan pengaduan melalui SP4N-LAPOR!.",
    "Saudara dapat mengajukan permohonan baru setelah persyaratan dipenuhi. Demikian disampaikan untuk menjadi maklum.",
  ],
  signatory,
  tembusan: ["Kepala {instansi.nama}", "Arsip"],
  letterhead: "OFFICE",
  photo: false,
});

/** The permit, as a decree: the holder's table from `rows`, the validity sentence, the pas foto. */
export function permitLetter(title: string, rows: LetterTemplate["rows"], body: string[], tembusan: string[]): LetterTemplate {
  return {
    code: "SURAT_IZIN",
    purpose: "PERMIT",
    layout: "DECREE",
    title,
    citesLegalBasis: true,
    body,
    rows,
    lists: [],
    closing: ["{izin.berlaku}", "Surat izin ini diberikan untuk dipergunakan sebagaimana mestinya, dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya."],
    signatory: { role: "KADIS" },
    tembusan,
    letterhead: "OFFICE",
    photo: true,
  };
}
