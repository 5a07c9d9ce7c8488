import {
  displayFieldValue,
  fillPlaceholders,
  IDENTITY_PLACEHOLDERS,
  type FormValues,
  type LetterTemplate,
  type PermitTypeDefinition,
  type PlaceholderValues,
} from "@perizinan/domain";
import type { Initial, Letterhead, Person, SignatureRecord, TemplateLetterInput, TemplateList } from "@perizinan/letters";
import { formFieldsOf } from "../permit-types/definitions";
import { letterheadOf, type OfficeLetterheadRow } from "./letterhead";

/**
 * A letter from its template and the values of its placeholders: shared by the letters a step
 * makes (the file's facts) and the administrator's preview (sample facts), so a preview prints
 * exactly what a file would.
 */

/** The office's columns the placeholders `{kantor.*}` read. */
export interface OfficeRow extends OfficeLetterheadRow {
  shortName: string;
}

export interface AgencyRow {
  name: string;
  governmentName: string;
  address: string;
  city: string;
  phone: string | null;
  email: string | null;
}

/** `{formulir.<field>}` for every field of the form, and `{pemohon.*}` for the applicant's identity. */
export function answerValues(definition: PermitTypeDefinition, form: FormValues): PlaceholderValues {
  const values: PlaceholderValues = {};
  for (const field of formFieldsOf(definition)) {
    const shown = displayFieldValue(field, form[field.code]);
    values[`formulir.${field.code}`] = shown;
    const identity = IDENTITY_PLACEHOLDERS[field.code];
    if (identity) values[`pemohon.${identity}`] = shown === "-" ? undefined : shown;
  }
  return values;
}

/** `{langkah.<field>}`: what the steps' officers entered, as a person reads it. */
export function stepEntryValues(definition: PermitTypeDefinition, entered: FormValues): PlaceholderValues {
  const fields = new Map(Object.values(definition.flows).flatMap((flow) => (flow?.steps ?? []).flatMap((s) => (s.fields ?? []).map((f) => [f.code, f] as const))));
  const values: PlaceholderValues = {};
  for (const [code, value] of Object.entries(entered)) {
    const field = fields.get(code);
    values[`langkah.${code}`] = field ? displayFieldValue(field, value) : String(value ?? "");
  }
  return values;
}

/** `{kantor.*}` and `{instansi.*}`. */
export function officeValues(office: OfficeRow, agency: AgencyRow | null): PlaceholderValues {
  return {
    "kantor.nama": office.name,
    "kantor.namaSingkat": office.shortName,
    "kantor.pemerintah": office.governmentName,
    "kantor.alamat": office.address,
    "kantor.kota": office.city,
    "kantor.telepon": office.phone ?? undefined,
    "kantor.email": office.email ?? undefined,
    "kantor.laman": office.website ?? undefined,
    "instansi.nama": agency?.name,
    "instansi.alamat": agency?.address,
  };
}

/** The decision words `{berkas.keputusan}` prints, by the last decision taken on the file. */
export const DECISION_WORDS: Record<string, string> = {
  APPROVE: "DAPAT DISETUJUI",
  APPROVE_WITH_CONDITIONS: "DAPAT DISETUJUI DENGAN SYARAT",
  REJECT: "TIDAK DAPAT DISETUJUI",
};
const REASON_HEADINGS: Record<string, string> = { REJECT: "Alasan:", APPROVE_WITH_CONDITIONS: "Dengan syarat:", APPROVE: "Pertimbangan:" };

export interface LetterParts {
  definition: PermitTypeDefinition;
  template: LetterTemplate;
  values: PlaceholderValues;
  office: OfficeRow;
  agency: AgencyRow | null;
  registrationNumber: string;
  date: Date;
  number: string | null;
  draft: boolean;
  /** The names of the documents received (REQUIREMENTS). */
  documents: string[];
  /** The reasons given with the decision (REASONS), and which decision. */
  reasons: { action: string; items: string[] } | null;
  /** The technical team (TEAM). */
  team: Person[];
  /** The officer making the letter: signs a record the team signs in its table. */
  own: SignatureRecord;
  signatory: TemplateLetterInput["signatory"];
  initials: Initial[];
  qr: TemplateLetterInput["qr"];
  /** The holder's pas foto by storage key (bytes are read just before rendering). */
  photo: { key: string; mimeType: string } | null;
  /** Where the legal basis comes from when the type names none (the SOP's). */
  fallbackLegalBasis: string[];
}

export function composeLetter(p: LetterParts): { letter: TemplateLetterInput; rows: Array<[string, string]> } {
  const { template, values } = p;
  const fill = (text: string) => fillPlaceholders(text, values);
  const lists = template.lists.flatMap((kind): TemplateList[] => {
    switch (kind) {
      case "REQUIREMENTS":
        return [{ kind: "ITEMS", heading: "Dokumen yang diterima:", items: p.documents }];
      case "REASONS":
        return p.reasons?.items.length ? [{ kind: "ITEMS", heading: REASON_HEADINGS[p.reasons.action] ?? "Alasan:", items: p.reasons.items }] : [];
      case "TEAM":
        // A record the team signs has no signature block: the member who drew it up signs in the table.
        return [{ kind: "TEAM", heading: "Tim Teknis:", members: p.team.length ? p.team : [p.own], signatureColumn: template.signatory === null, signed: template.signatory === null ? p.own : null }];
    }
  });
  const own = letterheadOf(p.office);
  const letterhead: Letterhead =
    template.letterhead === "AGENCY" && p.agency
      ? { ...own, governmentName: p.agency.governmentName, officeName: p.agency.name, address: p.agency.address, city: p.agency.city, phone: p.agency.phone, email: p.agency.email, website: null }
      : own;
  const rows = template.rows.map((r): [string, string] => [fill(r.label), fill(r.value)]);
  const letter: TemplateLetterInput = {
    letterhead,
    layout: template.layout,
    registrationNumber: p.registrationNumber,
    permitTypeName: p.definition.name,
    subjectName: values["pemohon.namaUsaha"] ?? values["pemohon.nama"] ?? "",
    title: fill(template.title),
    number: p.number,
    draft: p.draft,
    date: p.date,
    addressee: (template.addressee ?? []).map(fill),
    legalBasis: template.citesLegalBasis ? (p.definition.legalBasis.length ? p.definition.legalBasis : p.fallbackLegalBasis) : [],
    body: template.body.map(fill),
    rows,
    lists,
    closing: template.closing.map(fill),
    signatory: p.signatory,
    initials: p.initials,
    qr: p.qr,
    tembusan: template.tembusan.map(fill),
    photo: template.photo ? (p.photo ?? { key: "", mimeType: "" }) : null,
  };
  return { letter, rows };
}
