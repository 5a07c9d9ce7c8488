import type { Role } from "../roles";
import type { FormField } from "../permit-type/form";
import type { LetterRow, LetterTemplate } from "../permit-type/letters";
import type { PermitTypeDefinition } from "../permit-type/definition";
import type { SopDefinition, SopStep, StepAction, StepMarkers } from "../sop/types";

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

/** `[label, value]` pairs as a letter's rows: the seeds read like the letters they print. */
export const rows = (pairs: Array<[string, string]>): LetterRow[] => pairs.map(([label, value]) => ({ label, value }));

const REGISTRATION: [string, string] = ["Nomor Registrasi", "{berkas.nomorRegistrasi}"];
const PERMIT_TYPE: [string, string] = ["Jenis Izin", "{izin.nama}"];

/** A letter with no addressee and no legal basis, on the office's kop, unsigned unless said. */
function formLetter(code: string, title: string, content: Partial<LetterTemplate>): LetterTemplate {
  return {
    code,
    purpose: "OTHER",
    layout: "FORM",
    title,
    citesLegalBasis: false,
    body: [],
    rows: [],
    lists: [],
    closing: [],
    signatory: null,
    tembusan: [],
    letterhead: "OFFICE",
    photo: false,
    ...content,
  };
}

/** The office's standard letters, shared by the seeded types; each type adds its permit. */
export const receiptLetter = formLetter("RESI_PENERIMAAN", "TANDA TERIMA / RESI PENERIMAAN BERKAS", {
  purpose: "RECEIPT",
  body: ["Telah diterima berkas permohonan {izin.nama} dengan keterangan sebagai berikut:"],
  rows: rows([
    REGISTRATION,
    PERMIT_TYPE,
    ["Nama Pemohon", "{pemohon.nama}"],
    ["NIK", "{pemohon.nik}"],
    ["Telepon / Pos-el", "{pemohon.telepon} / {pemohon.email}"],
    ["Waktu Penerimaan", "{berkas.tanggalMasuk}"],
  ]),
  lists: ["REQUIREMENTS"],
  closing: ["Tanda terima ini harap disimpan dan ditunjukkan pada saat pengambilan surat izin.", "Tanda terima ini bukan merupakan surat izin."],
  signatory: { role: "FRONT_OFFICE", wording: "Petugas Penerima Berkas" },
});

export const dispositionLetter = formLetter("LEMBAR_DISPOSISI", "LEMBAR DISPOSISI", {
  rows: rows([["Tanggal", "{surat.tanggal}"], REGISTRATION, PERMIT_TYPE, ["Pemohon", "{pemohon.nama} (NIK {pemohon.nik})"], ["Isi Disposisi", "{langkah.isiDisposisi}"]]),
  signatory: { role: "BACK_OFFICE" },
});

export const recommendationRequestLetter = formLetter("SURAT_PERMINTAAN_REKOMENDASI", "Permintaan Rekomendasi Teknis", {
  layout: "LETTER",
  addressee: ["Kepala {instansi.nama}", "di-", "Tempat"],
  body: [
    "Bersama ini kami sampaikan permohonan {izin.nama} atas nama {pemohon.nama} (NIK {pemohon.nik}), nomor registrasi {berkas.nomorRegistrasi}, untuk mendapatkan rekomendasi teknis.",
    "Kami mohon Tim Teknis berikut melakukan verifikasi dan peninjauan lapangan:",
  ],
  lists: ["TEAM"],
  closing: [
    "Hasil peninjauan lapangan agar dituangkan dalam Berita Acara Peninjauan Lapangan dan rekomendasi Tim Teknis disampaikan kepada kami sesuai dengan standar waktu pelayanan.",
    "Demikian kami sampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.",
  ],
  signatory: { role: "BACK_OFFICE" },
});

export const inspectionLetter = formLetter("BERITA_ACARA", "BERITA ACARA PENINJAUAN LAPANGAN", {
  body: ["Pada hari ini, {langkah.tanggalPeninjauan} pukul {langkah.jamPeninjauan}, Tim Teknis telah melakukan peninjauan lapangan atas permohonan berikut:"],
  rows: rows([REGISTRATION, PERMIT_TYPE, ["Pemohon", "{pemohon.nama}"], ["Lokasi peninjauan", "{langkah.tempatPeninjauan}"], ["Hasil peninjauan", "{langkah.hasilPeninjauan}"]]),
  lists: ["TEAM"],
  closing: ["Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya."],
});

export const recommendationLetter = formLetter("REKOMENDASI", "REKOMENDASI TIM TEKNIS", {
  body: ["Berdasarkan hasil verifikasi berkas dan peninjauan lapangan terhadap permohonan {izin.nama} dengan data sebagai berikut:"],
  rows: rows([REGISTRATION, ["Pemohon", "{pemohon.nama} (NIK {pemohon.nik})"], ["Hasil penilaian", "{langkah.hasilPenilaian}"]]),
  lists: ["REASONS", "TEAM"],
  closing: ["Tim Teknis merekomendasikan agar permohonan tersebut {berkas.keputusan}.", "Demikian rekomendasi ini disampaikan untuk dapat dipergunakan sebagaimana mestinya."],
  letterhead: "AGENCY",
});

export const rejectionLetter = (signatory: LetterTemplate["signatory"]): LetterTemplate =>
  formLetter("SURAT_PENOLAKAN", "Penolakan Permohonan Izin", {
    purpose: "REJECTION",
    layout: "LETTER",
    addressee: ["Sdr/i. {pemohon.nama}", "{pemohon.alamat}"],
    citesLegalBasis: true,
    body: [
      "Sehubungan dengan permohonan {izin.nama} Saudara dengan nomor registrasi {berkas.nomorRegistrasi} yang diterima pada {berkas.tanggalMasuk}, setelah dilakukan verifikasi dan penilaian teknis, dengan ini kami sampaikan bahwa permohonan Saudara tidak dapat disetujui dengan alasan sebagai berikut:",
    ],
    lists: ["REASONS"],
    closing: [
      "Apabila Saudara keberatan atas keputusan ini, Saudara dapat mengajukan keberatan secara tertulis kepada Kepala {kantor.nama} paling lambat 14 (empat belas) hari kerja sejak surat ini diterima, atau menyampaikan pengaduan melalui SP4N-LAPOR!.",
      "Saudara dapat mengajukan permohonan baru setelah persyaratan dipenuhi. Demikian disampaikan untuk menjadi maklum.",
    ],
    signatory,
    tembusan: ["Kepala {instansi.nama}", "Arsip"],
  });

/** The permit, as a decree: the holder's table from `holder`, the validity sentence, the pas foto. */
export function permitLetter(title: string, holder: Array<[string, string]>, body: string[], tembusan: string[], extra: Partial<LetterTemplate> = {}): LetterTemplate {
  return formLetter("SURAT_IZIN", title, {
    purpose: "PERMIT",
    layout: "DECREE",
    citesLegalBasis: true,
    body,
    rows: rows(holder),
    closing: ["{izin.berlaku}", "Surat izin ini diberikan untuk dipergunakan sebagaimana mestinya, dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya."],
    signatory: { role: "KADIS" },
    tembusan,
    photo: true,
    ...extra,
  });
}

export const OUTGOING_LETTER_BOOK = { code: "OUTGOING_LETTER", name: "Buku Agenda Surat Keluar", format: "503/{seq}/DPMPTSP/{year}", scope: "OFFICE" } as const;

/** A type's agenda books: its own permit book (numbers like 503/12/SIPB/DPMPTSP/2026) and the office's outgoing-letter book. */
export const agendaBooks = (shortName: string, abbreviation: string): PermitTypeDefinition["books"] => [
  { code: "PERMIT", name: `Buku Agenda Penomoran ${shortName}`, format: `503/{seq}/${abbreviation}/DPMPTSP/{year}`, scope: "PERMIT_TYPE" },
  OUTGOING_LETTER_BOOK,
];

interface FlowHeading {
  code: string;
  title: string;
  permitTypeName: string;
  documentNumber: string;
}

/**
 * A seeded flow: the office's SOP heading, its steps, and the rules every seeded type shares —
 * the applicant resubmits and may withdraw until the permit is signed or while the file is not
 * on the refusal path starting at `refusalFrom`; the Kadis revokes an issued permit.
 */
export function seedFlow(heading: FlowHeading, steps: SopStep[], refusalFrom: number): SopDefinition {
  return {
    ...heading,
    version: 1,
    legalBasis: ["Permendagri No. 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota"],
    steps,
    resubmit: { role: "PEMOHON" },
    withdraw: { role: "PEMOHON", allowedStatuses: ["IN_PROGRESS", "RETURNED"], requiresReasons: true, blockedAfterMarker: "signs", blockedOnPathOf: refusalFrom },
    revoke: { role: "KADIS", fromStatus: "ISSUED", requiresReasons: true },
  };
}

/** The technical team's recommendation at step `no`: approve to `approveTo`, or refuse (with reasons) to `rejectTo`. */
export const teamRecommendation = (no: number, activity: string, standardMinutes: number, approveTo: number, rejectTo: number): SopStep =>
  step(
    no,
    activity,
    "TIM_TEKNIS",
    standardMinutes,
    "Rekomendasi",
    [
      { action: "APPROVE", to: { step: approveTo } },
      { action: "REJECT", to: { step: rejectTo }, requiresReasons: true },
    ],
    { produces: "REKOMENDASI" },
    { fields: assessmentFields },
  );

/** A field inspection at step `no` that records a Berita Acara and moves on. */
export const inspectionStep = (no: number, activity: string, standardMinutes: number): SopStep =>
  step(no, activity, "TIM_TEKNIS", standardMinutes, "Berita Acara", next(no + 1), { produces: "BERITA_ACARA" }, { fields: inspectionFields });

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
