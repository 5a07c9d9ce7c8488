import type { Role } from "../roles";

/**
 * A letter the flow produces, as a template an administrator writes: the renderer lays it out
 * by Tata Naskah Dinas, the template says what it says.
 *
 * `purpose` is what the system does with it besides printing: PERMIT creates the permit record
 * (holder, number, validity, hash) when it is numbered; REJECTION is the decision letter of a
 * refusal; RECEIPT lists the documents received; OTHER is any other letter.
 * `layout`: DECREE (a permit: title, "Berdasarkan:", the holder's table, signature block),
 * LETTER (Surat Dinas: Nomor, Sifat, Lampiran, Hal, Kepada Yth.), FORM (a receipt or a
 * disposition sheet: a table of facts, no addressee).
 */
export const LETTER_PURPOSES = ["PERMIT", "REJECTION", "RECEIPT", "OTHER"] as const;
export type LetterPurpose = (typeof LETTER_PURPOSES)[number];
export const LETTER_LAYOUTS = ["DECREE", "LETTER", "FORM"] as const;
export type LetterLayout = (typeof LETTER_LAYOUTS)[number];
/**
 * Lists a letter may print beside its text: the documents received, the reasons given at the
 * step (a refusal's), the technical team assigned to the file (with a signature column on a
 * record the team signs).
 */
export const LETTER_LISTS = ["REQUIREMENTS", "REASONS", "TEAM"] as const;
export type LetterList = (typeof LETTER_LISTS)[number];

export interface LetterRow {
  label: string;
  /** Text with placeholders. */
  value: string;
}

export interface LetterSignatory {
  /** The role whose holder signs (the chain's signing step decides who actually did). */
  role: Role;
  /** Printed above the title, e.g. "a.n. Kepala Dinas" when the Sekretaris signs; [5/8] adds Plt./Plh. */
  wording?: string;
}

export interface LetterTemplate {
  /** Referenced by a step's `markers.produces`. */
  code: string;
  purpose: LetterPurpose;
  layout: LetterLayout;
  /** The title (DECREE, FORM) or the subject line "Hal" (LETTER). */
  title: string;
  /** "Kepada Yth." lines (LETTER); placeholders allowed. */
  addressee?: string[];
  /** Opens with "Berdasarkan:" and the permit type's legal basis. */
  citesLegalBasis: boolean;
  body: string[];
  rows: LetterRow[];
  lists: LetterList[];
  closing: string[];
  /** Null: the letter carries no signature (a receipt stamped by the counter). */
  signatory: LetterSignatory | null;
  tembusan: string[];
  /** OFFICE: the office's kop; AGENCY: the technical agency's (its recommendation). */
  letterhead: "OFFICE" | "AGENCY";
  /** Prints the holder's pas foto (the requirement of kind PHOTO). */
  photo: boolean;
}

/**
 * The placeholders a template may use, by group. `formulir.<field>` names a field of the
 * application form, `langkah.<field>` one a step asks its officer for (e.g. the inspection's date).
 * `berkas.keputusan` is the last decision taken on the file ("DAPAT DISETUJUI" / "TIDAK DAPAT
 * DISETUJUI" / "DAPAT DISETUJUI DENGAN SYARAT").
 */
export const PLACEHOLDERS = {
  pemohon: ["nama", "nik", "tempatLahir", "tanggalLahir", "alamat", "telepon", "email", "namaUsaha", "nib", "npwp"],
  izin: ["nama", "nomor", "tanggal", "berlaku"],
  berkas: ["nomorRegistrasi", "tanggalMasuk", "jenisPermohonan", "keputusan", "timTeknis"],
  kantor: ["nama", "namaSingkat", "pemerintah", "alamat", "kota", "telepon", "email", "laman"],
  instansi: ["nama", "alamat"],
  surat: ["nomor", "tanggal"],
} as const;
export type PlaceholderGroup = keyof typeof PLACEHOLDERS | "formulir" | "langkah";

const PLACEHOLDER = /\{([a-zA-Z]+)\.([a-zA-Z0-9_]+)\}/g;

/** Every `{group.name}` in a text, in order. */
export function placeholdersIn(text: string): Array<{ group: string; name: string; token: string }> {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ group: m[1]!, name: m[2]!, token: m[0] }));
}

/** Braces that do not form a placeholder: a typo an administrator would want to hear about. */
export function strayBraces(text: string): boolean {
  return /[{}]/.test(text.replace(PLACEHOLDER, ""));
}

/** The values a letter's placeholders stand for, keyed "group.name". */
export type PlaceholderValues = Record<string, string | undefined>;

/** Fills a template text; an empty or unknown value prints "-" so that a gap is visible, not silent. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (_token, group: string, name: string) => {
    const value = values[`${group}.${name}`];
    return value === undefined || value.trim() === "" ? "-" : value;
  });
}

/** Every text of a template that may hold placeholders, with where it is (for problem paths). */
export function templateTexts(template: LetterTemplate): Array<{ path: string; text: string }> {
  return [
    { path: "title", text: template.title },
    ...(template.addressee ?? []).map((text, i) => ({ path: `addressee.${i}`, text })),
    ...template.body.map((text, i) => ({ path: `body.${i}`, text })),
    ...template.rows.flatMap((row, i) => [
      { path: `rows.${i}.label`, text: row.label },
      { path: `rows.${i}.value`, text: row.value },
    ]),
    ...template.closing.map((text, i) => ({ path: `closing.${i}`, text })),
    ...template.tembusan.map((text, i) => ({ path: `tembusan.${i}`, text })),
  ];
}
