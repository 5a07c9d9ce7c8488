import { z } from "zod";
import { ROLES } from "../roles";
import type { SopDefinition } from "../sop/types";
import type { FieldCondition, FormField } from "./form";
import { fieldCode, fieldConditionSchema, formFieldSchema } from "./form-schema";
import { LETTER_LAYOUTS, LETTER_LISTS, LETTER_PURPOSES, type LetterTemplate } from "./letters";
import type { ValidityRule } from "./validity";

/**
 * A permit type as one versioned definition: identity, form, requirements, a flow per kind of
 * application, letters and agenda books. Stored per office as JSON; immutable once published;
 * a file keeps the version it started under.
 */
export const APPLICATION_KINDS = ["NEW", "RENEWAL", "CHANGE", "REPLACEMENT"] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export const APPLICATION_KIND_LABELS: Record<ApplicationKind, string> = { NEW: "Permohonan baru", RENEWAL: "Perpanjangan", CHANGE: "Perubahan", REPLACEMENT: "Penggantian (hilang/rusak)" };

/** Who may apply: a person with a NIK, or a business (NIB, NPWP) through its responsible person. */
export const APPLICANT_KINDS = ["PERSON", "BUSINESS"] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const REQUIREMENT_KINDS = ["DOCUMENT", "PHOTO"] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
/** The file types an upload may be; what the storage layer can check by content, not by name. */
export const ACCEPTED_MIME_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export const MAX_REQUIREMENT_BYTES = 10 * 1024 * 1024;

export interface RequirementDefinition {
  code: string;
  label: string;
  help?: string;
  mimeTypes: string[];
  maxBytes: number;
  required: boolean;
  /** Required only when the form's answer says so (e.g. a practice-place statement for a private practice). */
  requiredIf?: FieldCondition;
  kind: RequirementKind;
}

/** An agenda book the flow numbers from. OFFICE books (the outgoing-letter book) are shared by every type. */
export interface AgendaBookDefinition {
  code: string;
  name: string;
  /** e.g. "503/{seq}/SIP-BD/DPMPTSP/{year}"; {seq} is required, {year} restarts it every year. */
  format: string;
  scope: "PERMIT_TYPE" | "OFFICE";
}
/** {seq} the number, {year} the year it restarts in, {month} the month in Roman numerals (XII), as Tata Naskah Dinas numbers letters. */
export const BOOK_FORMAT_TOKENS = ["seq", "year", "month"] as const;

export interface PermitTypeDefinition {
  code: string;
  name: string;
  shortName: string;
  registrationPrefix: string;
  description: string;
  legalBasis: string[];
  feeRupiah: number;
  applicant: ApplicantKind;
  /** At most this many active permits of this type per person (e.g. two SIP Bidan); null: no limit. */
  activePermitLimit: number | null;
  validity: ValidityRule;
  form: FormField[];
  requirements: RequirementDefinition[];
  /** The flow of each kind of application the type accepts; NEW always. */
  flows: { NEW: SopDefinition } & Partial<Record<Exclude<ApplicationKind, "NEW">, SopDefinition>>;
  letters: LetterTemplate[];
  books: AgendaBookDefinition[];
  /** The office's technical agency that assesses this type (its code); step 5 offers only its members. */
  technicalAgency: string | null;
}

const text = z.string().trim().min(1, "tidak boleh kosong");
const code = z
  .string()
  .regex(/^[A-Z][A-Z0-9_-]{1,39}$/, "kode: huruf besar, angka, - dan _, 2–40 karakter, diawali huruf");
const role = z.enum(ROLES, { error: (issue) => `peran "${String(issue.input)}" tidak dikenal` });
const condition = fieldConditionSchema;

const validityRuleSchema: z.ZodType<ValidityRule> = z.lazy(() =>
  z.discriminatedUnion(
    "kind",
    [
      z.strictObject({ kind: z.literal("LIFETIME") }),
      z.strictObject({ kind: z.literal("YEARS_FROM_ISSUE"), years: z.number().int().min(1, "paling sedikit 1 tahun").max(100) }),
      z.strictObject({ kind: z.literal("UNTIL_FORM_DATE"), field: fieldCode }),
      z.strictObject({ kind: z.literal("EARLIEST"), of: z.tuple([validityRuleSchema, validityRuleSchema]) }),
      z.strictObject({ kind: z.literal("WHILE_EMPLOYED"), field: fieldCode }),
    ],
    { error: "aturan masa berlaku tidak dikenal" },
  ),
);

const requirementSchema: z.ZodType<RequirementDefinition> = z.strictObject({
  code,
  label: text.max(200),
  help: z.string().max(500).optional(),
  mimeTypes: z.array(z.enum(ACCEPTED_MIME_TYPES, { error: "jenis berkas yang diterima: PDF, JPEG, PNG" })).min(1, "paling sedikit satu jenis berkas"),
  maxBytes: z.number().int().positive().max(MAX_REQUIREMENT_BYTES, "ukuran paling besar 10 MB"),
  required: z.boolean(),
  requiredIf: condition.optional(),
  kind: z.enum(REQUIREMENT_KINDS),
});

const letterSchema: z.ZodType<LetterTemplate> = z.strictObject({
  code,
  purpose: z.enum(LETTER_PURPOSES),
  layout: z.enum(LETTER_LAYOUTS),
  title: text.max(200),
  addressee: z.array(text).optional(),
  citesLegalBasis: z.boolean(),
  body: z.array(text.max(3000)),
  rows: z.array(z.strictObject({ label: text.max(100), value: z.string().max(1000) })),
  lists: z.array(z.enum(LETTER_LISTS)),
  closing: z.array(text.max(3000)),
  signatory: z.strictObject({ role, wording: text.max(120).optional() }).nullable(),
  tembusan: z.array(text.max(300)),
  letterhead: z.enum(["OFFICE", "AGENCY"]),
  photo: z.boolean(),
});

const bookSchema: z.ZodType<AgendaBookDefinition> = z.strictObject({
  code,
  name: text.max(200),
  format: text.max(120),
  scope: z.enum(["PERMIT_TYPE", "OFFICE"]),
});

/**
 * The shape of a definition. The flows are checked here only as objects: validateSop judges
 * each one and reports its problems under the flow's name.
 */
export const permitTypeDefinitionSchema = z.strictObject({
  code,
  name: text.max(200),
  shortName: text.max(60),
  registrationPrefix: z.string().regex(/^[A-Z]{2,6}$/, "awalan nomor registrasi: 2–6 huruf besar"),
  description: text.max(3000),
  legalBasis: z.array(text.max(500)),
  feeRupiah: z.number().int("biaya dalam rupiah bulat").nonnegative("biaya tidak boleh negatif"),
  applicant: z.enum(APPLICANT_KINDS),
  activePermitLimit: z.number().int().min(1, "paling sedikit 1").nullable(),
  validity: validityRuleSchema,
  form: z.array(formFieldSchema),
  requirements: z.array(requirementSchema),
  flows: z
    .record(z.string(), z.record(z.string(), z.unknown()))
    .refine((flows) => "NEW" in flows, "alur permohonan baru (NEW) wajib ada"),
  letters: z.array(letterSchema),
  books: z.array(bookSchema),
  technicalAgency: code.nullable(),
});
