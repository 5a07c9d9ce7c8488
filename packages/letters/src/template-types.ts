import type { Initial, Letterhead, Person, SignatureRecord } from "./types";

/**
 * A letter written by an administrator as a template (the permit type's definition), with every
 * placeholder already filled: the renderer lays it out by Tata Naskah Dinas and knows nothing of
 * any permit type. DECREE: a permit (centred title and number, "Berdasarkan:", the holder's table,
 * "Ditetapkan di …", the pas foto). LETTER: a Surat Dinas (date, Nomor/Sifat/Lampiran/Hal,
 * "Yth." addressee, indented body). FORM: a receipt, a disposition sheet, a record (centred
 * title, a boxed table of facts, no addressee).
 */
export type TemplateLayout = "DECREE" | "LETTER" | "FORM";

/** A list printed after the letter's table: a heading and numbered items, or the technical team. */
export type TemplateList =
  | { kind: "ITEMS"; heading: string; items: string[] }
  /** The team as a table (No., Nama / NIP, Jabatan); with a "Tanda Tangan" column on a record the team signs. */
  | {
      kind: "TEAM";
      heading: string;
      members: Person[];
      signatureColumn: boolean;
      /** The member who signed the record in the system: their "Tanda Tangan" cell says when. */
      signed?: SignatureRecord | null;
    };

export interface TemplateSignatory {
  /** Printed above the signer's title, e.g. "a.n. Kepala Dinas"; [5/8] adds Plt./Plh. */
  wording?: string | null;
  /** Who is to sign (title, name, NIP): printed with room for a wet signature until signed. */
  person: Person | null;
  /** Present once signed: takes the person's place and adds "Ditandatangani pada …". */
  signature?: SignatureRecord | null;
}

export interface TemplateLetterInput {
  letterhead: Letterhead;
  layout: TemplateLayout;
  /** The file the letter belongs to (footer, PDF metadata). */
  registrationNumber: string;
  permitTypeName: string;
  /** Whose letter it is (the PDF's Title metadata), e.g. the applicant's name. */
  subjectName: string;
  /** DECREE and FORM: the centred title; LETTER: the "Hal" line. */
  title: string;
  /** null → unnumbered ("DRAF — belum bernomor" on drafts). */
  number: string | null;
  /** A draft carries a diagonal "DRAF" watermark on every page. */
  draft: boolean;
  /** The letter's date, printed on the office's clock (`letterhead.clock`); also the PDF's dates. */
  date: Date;
  /** LETTER: the "Yth." lines. Ignored by the other layouts. */
  addressee: string[];
  /** When not empty, printed first as "Berdasarkan:" and a numbered list. */
  legalBasis: string[];
  body: string[];
  /** `label : value` rows (DECREE: the holder's table; FORM: a boxed table; LETTER: an indented table). */
  rows: Array<[string, string]>;
  lists: TemplateList[];
  closing: string[];
  /** null: no signature block (a letter the counter stamps). */
  signatory: TemplateSignatory | null;
  /** Paraf chain, printed small at the bottom left. */
  initials?: Initial[];
  /** QR code at the bottom left (beside the signature block when there is one). */
  qr?: { url: string; caption: string } | null;
  /** "Tembusan:" and a numbered list at the end; nothing when empty. */
  tembusan: string[];
  /**
   * The holder's pas foto (DECREE), printed 3×4 cm to the left of the signature block. The facts
   * keep its storage key; the bytes are filled in just before rendering (never stored with the
   * facts). A photo whose bytes are missing prints an empty framed box labelled "Pas foto 3×4".
   */
  photo?: { key: string; mimeType: string; bytes?: Uint8Array | null } | null;
}
