// The office's documents, as data. Each kind is produced by one step of the SOP (see README.md).

import type { OfficeClock } from "@perizinan/domain";
export const LETTER_KINDS = [
  "RESI_PENERIMAAN",
  "LEMBAR_DISPOSISI",
  "SURAT_PERMINTAAN_REKOMENDASI",
  "BERITA_ACARA",
  "REKOMENDASI",
  "SURAT_PENOLAKAN",
  "SURAT_IZIN",
] as const;

export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * The title printed on each document. For the two letters in the Surat Dinas format
 * (SURAT_PERMINTAAN_REKOMENDASI, SURAT_PENOLAKAN) it is the "Hal" (subject) line.
 */
export const LETTER_TITLES: Record<LetterKind, string> = {
  RESI_PENERIMAAN: "TANDA TERIMA / RESI PENERIMAAN BERKAS",
  LEMBAR_DISPOSISI: "LEMBAR DISPOSISI",
  SURAT_PERMINTAAN_REKOMENDASI: "Permintaan Rekomendasi Teknis",
  BERITA_ACARA: "BERITA ACARA PENINJAUAN LAPANGAN",
  REKOMENDASI: "REKOMENDASI TIM TEKNIS",
  SURAT_PENOLAKAN: "Penolakan Permohonan Izin",
  SURAT_IZIN: "SURAT IZIN KERJA PEREKAM MEDIS",
};

/** The office's clock: every date and time on its documents is printed on it. */
/** The office's clock every date of a letter is printed on (the domain's). */
export type LetterClock = OfficeClock;

export interface Letterhead {
  /** "PEMERINTAH KABUPATEN DAIRI" */
  governmentName: string;
  /** "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Ketenagakerjaan" (printed in capitals). */
  officeName: string;
  address: string;
  /** Where letters are dated and decrees are "ditetapkan": "Sidikalang". */
  city: string;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  /** The regional emblem (PNG or JPEG) at the left of the kop; its storage key is what a letter's facts keep. */
  emblemKey?: string | null;
  /** The emblem's bytes, filled in from storage just before rendering (never stored with the facts). */
  emblem?: Uint8Array | null;
  /** The office's zone: dates and times on the documents are its wall clock, followed by its abbreviation. */
  clock: LetterClock;
}

export interface Person {
  name: string;
  title: string;
  /** 18 digits; printed as "NIP. 19750831 200312 1 003". */
  nip?: string | null;
}

/**
 * A signature recorded by the system (who signed, when). Printed under the name as
 * "Ditandatangani pada 29 November 2026 pukul 10.15 WIB" (on the office's clock: WIB, WITA or
 * WIT). It is not a certified electronic signature: see DocumentSigner.
 */
export interface SignatureRecord extends Person {
  signedAt: Date;
}

/** A paraf (initial) of the review chain. */
export interface Initial extends Person {
  at: Date;
}

export interface Applicant {
  name: string;
  nik: string;
  birthPlace?: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  address?: string;
  phone?: string;
  email?: string;
}

interface Common {
  letterhead: Letterhead;
  registrationNumber: string;
  permitTypeName: string;
  applicant: Applicant;
  /** The letter's date (printed in the office's zone, `letterhead.clock`); also the PDF's CreationDate/ModDate. */
  date: Date;
  /** null → unnumbered ("DRAF — belum bernomor" on drafts). */
  number: string | null;
  /** A draft carries a diagonal "DRAF" watermark on every page. */
  draft: boolean;
  /** Who signs: the signature block (title, name, NIP). */
  signatory?: Person;
  /** Present once signed; takes the signatory's place in the block. */
  signature?: SignatureRecord | null;
  /** Paraf chain, printed small at the bottom left. */
  initials?: Initial[];
  /** QR code at the bottom left, with the caption and the URL printed small beside it. */
  qr?: { url: string; caption: string } | null;
}

export type ResiInput = Common & {
  kind: "RESI_PENERIMAAN";
  submittedAt: Date;
  receivedBy: Person;
  documents: string[];
  /**
   * Optional addition to the brief's API: the service standard, e.g. "5 (lima) hari kerja",
   * printed as "… paling lama 5 (lima) hari kerja sejak berkas dinyatakan lengkap".
   */
  serviceStandard?: string | null;
};
export type DisposisiInput = Common & { kind: "LEMBAR_DISPOSISI"; from: string; to: string; instruction: string };
export type PermintaanRekomendasiInput = Common & {
  kind: "SURAT_PERMINTAAN_REKOMENDASI";
  addressee: string;
  teamMembers: Person[];
  facilityName: string;
};
export type BeritaAcaraInput = Common & {
  kind: "BERITA_ACARA";
  inspectionDate: Date;
  place: string;
  findings: string;
  team: Person[];
};
export type RekomendasiInput = Common & {
  kind: "REKOMENDASI";
  decision: "APPROVE" | "REJECT";
  assessment: string;
  reasons: string[];
  team: Person[];
};
export type PenolakanInput = Common & { kind: "SURAT_PENOLAKAN"; reasons: string[]; legalBasis: string[] };
export type IzinInput = Common & {
  kind: "SURAT_IZIN";
  strNumber: string;
  /** YYYY-MM-DD (or free text); null → "Berlaku seumur hidup". */
  strValidUntil: string | null;
  facilityName: string;
  facilityAddress: string;
  /**
   * Either the phrase completing "Surat Izin Kerja ini berlaku … selama STR masih berlaku dan yang
   * bersangkutan bekerja pada fasilitas …" (e.g. "sampai dengan tanggal 12 Maret 2031"), or a whole
   * sentence (starts with a capital, ends with "."), which is printed as given.
   */
  validUntilText: string;
  legalBasis: string[];
};

export type LetterInput =
  | ResiInput
  | DisposisiInput
  | PermintaanRekomendasiInput
  | BeritaAcaraInput
  | RekomendasiInput
  | PenolakanInput
  | IzinInput;

/** One table of the monthly report. Cells are printed as given (already formatted). */
export interface ReportTable {
  /** e.g. "Waktu per langkah SOP" */
  title: string;
  /** One-line explanation under the title. */
  note?: string;
  /** Header labels (Indonesian). */
  columns: string[];
  /** Already-formatted cell strings, each row as long as `columns`. No rows → "Tidak ada data". */
  rows: string[][];
  /** Column indexes to right-align (numbers). */
  numeric?: number[];
  /** Row indexes to emphasise (bold), e.g. overdue or steps named in an SOP warning. */
  emphasise?: number[];
}

/** A bar chart: one group of bars per category, one bar (and legend entry) per series. */
export interface ReportChart {
  title: string;
  categories: string[];
  /** `values[i]` belongs to `categories[i]`; a missing, negative or non-finite value draws no bar. */
  series: Array<{ name: string; values: number[] }>;
}

/** Who signs the report: "Sidikalang, 30 November 2026 / Kepala Dinas … / NAME / NIP. …". */
export interface ReportSigner {
  title: string;
  name: string;
  /** 18 digits; printed grouped as "NIP. 19750831 200312 1 003". */
  nip?: string;
  /** Where the report is dated: "Sidikalang". */
  city: string;
}

/** The Kadis's monthly service-standard report ("Laporan Bulanan Kinerja Pelayanan"). */
export interface MonthlyReportInput {
  /** The kop surat, as on the letters. */
  office: Letterhead;
  /** "LAPORAN BULANAN KINERJA PELAYANAN PERIZINAN" */
  title: string;
  /** "November 2026" */
  periodLabel: string;
  /** "Semua jenis izin" or a permit type name. */
  permitTypeLabel: string;
  /**
   * Printed as "Dicetak: Senin, 30 November 2026 pukul 08.15 WIB" (in the office's zone,
   * `office.clock`); also the date of the signature
   * line and the PDF's CreationDate/ModDate (the same input gives the same bytes).
   */
  generatedAt: Date;
  /** KPI lines, printed as a box of two columns of "label … value" near the top. */
  highlights: Array<{ label: string; value: string }>;
  /** Optional bar chart (e.g. files received/completed per week), drawn with axis labels and a legend. */
  chart?: ReportChart;
  tables: ReportTable[];
  /** The signature block at the end. */
  signer?: ReportSigner;
}

/** Seam for a certified electronic signature (BSrE): it would sign the numbered final document. */
export interface DocumentSigner {
  sign(pdf: Uint8Array, signer: Person): Promise<Uint8Array>;
}
