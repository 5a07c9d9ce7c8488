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

export const OUTGOING_LETTER_BOOK = { code: "OUTGOING_LETTER", name: "Buku Agenda Surat Keluar", format: "503/{seq}/DPMPTSP/{year}", scope: "OFFICE" } as const;

/**
 * The permit's way from draft to the applicant, from step `from`: the back office drafts it,
 * `paraf` roles initial it, the Kadis signs, the Kasubbag numbers it, the counter hands it over
 * (when `handOver`), and the applicant receives it.
 */
export function permitSteps(from: number, paraf: Role[], handOver: boolean, signMinutes = 1 * DAY): SopStep[] {
  const chain = { signatureChain: "IZIN", produces: "SURAT_IZIN", letterChain: "IZIN" };
  let no = from;
  const out: SopStep[] = [step(no, "Mencetak draf izin dan paraf", "BACK_OFFICE", 1 * HOUR, "Draf Surat Izin", next(no + 1), chain)];
  for (const role of paraf) {
    no += 1;
    out.push(step(no, "Paraf/verifikasi draf izin", role, 1 * HOUR, "Draf Surat Izin Berparaf", next(no + 1), { signatureChain: "IZIN" }));
  }
  out.push(step(no + 1, "Penandatanganan Surat Izin", "KADIS", signMinutes, "Surat Izin", next(no + 2), { signs: true, signatureChain: "IZIN" }));
  out.push(step(no + 2, "Memberikan Nomor Izin", "KASUBBAG_UMUM", 1 * HOUR, "Surat Izin Bernomor", next(no + 3), { numbers: "PERMIT", produces: "SURAT_IZIN", letterChain: "IZIN" }));
  no += 3;
  if (handOver) {
    out.push(step(no, "Menyampaikan Surat Izin ke Pemohon", "FRONT_OFFICE", 30, "Surat Izin Bernomor", next(no + 1)));
    no += 1;
  }
  out.push(step(no, "Surat Izin diterima Pemohon", "PEMOHON", 30, "Surat Izin Diterima", receipt("ISSUED"), { receipt: true, applicantStep: true }));
  return out;
}

/** The refusal's way, from step `from`: drafted by `drafter`, signed by `signer` (a.n. Kepala Dinas), numbered, handed over, received. */
export function refusalSteps(from: number, drafter: Role, signer: Role): SopStep[] {
  const letter = { produces: "SURAT_PENOLAKAN", letterChain: "PENOLAKAN" };
  return [
    step(from, "Pembuatan Surat Penolakan", drafter, 2 * HOUR, "Draf Surat Penolakan", next(from + 1), letter),
    step(from + 1, "Penandatanganan Surat Penolakan", signer, 2 * HOUR, "Surat Penolakan", next(from + 2), { signatureChain: "PENOLAKAN" }),
    step(from + 2, "Penomoran Surat Keluar", "KASUBBAG_UMUM", 1 * HOUR, "Surat Penolakan Bernomor", next(from + 3), { numbers: "OUTGOING_LETTER", ...letter }),
    step(from + 3, "Penyampaian Surat Penolakan", "FRONT_OFFICE", 1 * HOUR, "Surat Penolakan", next(from + 4)),
    step(from + 4, "Surat Penolakan Diterima", "PEMOHON", 15, "Surat Penolakan", receipt("REJECTED"), { receipt: true, applicantStep: true }),
  ];
}

/** The opening of every seeded flow: submission, completeness check, receipt, verification that assigns the team. */
export function intakeSteps(verifyActivity: string, verifyMinutes: number): SopStep[] {
  return [
    submission(2),
    step(2, "Menerima dan memeriksa kelengkapan berkas", "FRONT_OFFICE", 2 * HOUR, "Klarifikasi Berkas", [...next(3), returnTo(2)]),
    step(3, "Memberikan Resi Penerimaan Berkas", "FRONT_OFFICE", 30, "Resi Penerimaan", next(4), { produces: "RESI_PENERIMAAN" }),
    step(4, verifyActivity, "BACK_OFFICE", verifyMinutes, "Surat Permintaan Rekomendasi", [...next(5), returnTo(2)], {
      assignsTeam: "TIM_TEKNIS",
      produces: "SURAT_PERMINTAAN_REKOMENDASI",
    }),
  ];
}
