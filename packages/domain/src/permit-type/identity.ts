import type { ApplicantKind } from "./definition";
import type { FormField } from "./form";

/**
 * Who the applicant is, by kind: the same fields for every permit type, so that accounts, the
 * counter's intake and letters (`{pemohon.*}`) read them alike. A permit type's own fields follow.
 */
const PERSON: FormField[] = [
  { code: "fullName", kind: "TEXT", label: "Nama lengkap", required: true, rules: { maxLength: 120 } },
  { code: "nik", kind: "NIK", label: "NIK", required: true },
  { code: "birthPlace", kind: "TEXT", label: "Tempat lahir", required: true, rules: { maxLength: 80 } },
  { code: "birthDate", kind: "DATE", label: "Tanggal lahir", required: true, rules: { date: "PAST" } },
  { code: "address", kind: "ADDRESS", label: "Alamat tempat tinggal", required: true },
  { code: "phone", kind: "PHONE", label: "Nomor ponsel", required: true },
  // A walk-in applicant registered at the counter may have no email; the phone reaches them.
  { code: "email", kind: "EMAIL", label: "Email", required: false },
];

const BUSINESS: FormField[] = [
  { code: "businessName", kind: "TEXT", label: "Nama badan usaha", required: true, rules: { maxLength: 160 } },
  { code: "nib", kind: "NIB", label: "NIB (Nomor Induk Berusaha)", required: true },
  { code: "npwp", kind: "TEXT", label: "NPWP badan usaha", required: true, rules: { pattern: { regex: "[0-9.\\- ]{15,22}", message: "NPWP terdiri dari 15 atau 16 angka." } } },
  { code: "businessAddress", kind: "ADDRESS", label: "Alamat badan usaha", required: true },
  { code: "fullName", kind: "TEXT", label: "Nama penanggung jawab", required: true, rules: { maxLength: 120 } },
  { code: "nik", kind: "NIK", label: "NIK penanggung jawab", required: true },
  { code: "address", kind: "ADDRESS", label: "Alamat penanggung jawab", required: true },
  { code: "phone", kind: "PHONE", label: "Nomor ponsel", required: true },
  { code: "email", kind: "EMAIL", label: "Email", required: false },
];

export const APPLICANT_IDENTITY_FIELDS: Record<ApplicantKind, readonly FormField[]> = { PERSON, BUSINESS };

/** The placeholder `{pemohon.<name>}` each identity field fills. */
export const IDENTITY_PLACEHOLDERS: Record<string, string> = {
  fullName: "nama",
  nik: "nik",
  birthPlace: "tempatLahir",
  birthDate: "tanggalLahir",
  address: "alamat",
  phone: "telepon",
  email: "email",
  businessName: "namaUsaha",
  nib: "nib",
  npwp: "npwp",
};

/** The whole application form of a permit type: the applicant's identity, then the type's own fields. */
export function applicationFields(def: { applicant: ApplicantKind; form: readonly FormField[] }): FormField[] {
  return [...APPLICANT_IDENTITY_FIELDS[def.applicant], ...def.form];
}
