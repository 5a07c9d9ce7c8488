// What the office's documents are made of: the kop, people, signatures, the monthly report.

import type { OfficeClock } from "@perizinan/domain";
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
