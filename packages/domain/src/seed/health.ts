import type { FormField } from "../permit-type/form";
import type { RequirementDefinition } from "../permit-type/definition";
import type { ValidityRule } from "../permit-type/validity";

/**
 * What the seeded health-worker permits share, following the 2023–24 rules
 * (`shared/reference/permit-types.md`): the STR is for life or has a date, the permit lasts five
 * years or until a time-limited STR ends, and no professional-organisation recommendation is asked.
 */
export const FIVE_MB = 5 * 1024 * 1024;

export const STR_EXPIRED_MESSAGE =
  "STR Anda sudah kedaluwarsa. Perpanjang STR terlebih dahulu, atau pilih “berlaku seumur hidup” bila STR Anda diterbitkan berdasarkan UU 17/2023.";
const DOCUMENTS = ["application/pdf", "image/jpeg", "image/png"];

export const doc = (code: string, label: string, help: string, extra: Partial<RequirementDefinition> = {}): RequirementDefinition => ({
  code,
  label,
  help,
  mimeTypes: DOCUMENTS,
  maxBytes: FIVE_MB,
  required: true,
  kind: "DOCUMENT",
  ...extra,
});

/** The application letter and the STR, asked by the seeded health permits in their own words. */
export const applicationLetter = (help: string): RequirementDefinition => doc("SURAT_PERMOHONAN", "Surat permohonan", help);
export const strDocument = (label: string, help: string): RequirementDefinition => doc("STR", label, `${help}; nomor dan masa berlakunya diisi pada formulir.`);

export const photo = (help = "Pas foto berwarna terbaru ukuran 4x6, latar merah; dicetak pada surat izin."): RequirementDefinition => ({
  code: "PAS_FOTO",
  label: "Pas foto berwarna 4x6",
  help,
  mimeTypes: ["image/jpeg", "image/png"],
  maxBytes: FIVE_MB,
  required: true,
  kind: "PHOTO",
});

/** A document asked only when the form says so (e.g. the facility's letter when practising at one). */
export const onlyWhen = (field: string, equals: string | boolean): Partial<RequirementDefinition> => ({ required: false, requiredIf: { field, equals } });

/** The health law and its implementing regulation, then the profession's own rules. */
export const healthLegalBasis = (...own: string[]): string[] => [
  "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
  "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
  ...own,
];

/** The STR block of a health-worker form; `label` names the profession's STR. */
export function strFields(label: string): FormField[] {
  return [
    { code: "strNumber", kind: "TEXT", label: `Nomor ${label}`, required: true, rules: { maxLength: 60 } },
    { code: "strLifetime", kind: "YES_NO", label: "STR berlaku seumur hidup", help: "STR yang diterbitkan berdasarkan UU 17/2023 berlaku seumur hidup.", required: false },
    {
      code: "strExpiry",
      kind: "DATE",
      label: "STR berlaku sampai",
      required: true,
      showIf: { field: "strLifetime", equals: false },
      rules: { date: "NOT_EXPIRED", dateMessage: STR_EXPIRED_MESSAGE },
    },
  ];
}

/** Five years from issue, or until a time-limited STR ends, whichever comes first. */
export const HEALTH_PERMIT_VALIDITY: ValidityRule = {
  kind: "EARLIEST",
  of: [
    { kind: "YEARS_FROM_ISSUE", years: 5 },
    { kind: "UNTIL_FORM_DATE", field: "strExpiry" },
  ],
};

/** What every seeded health-worker permit shares: free of charge, for a person, five years or the STR's end, assessed by the Dinas Kesehatan. */
export const HEALTH_PERMIT = { feeRupiah: 0, applicant: "PERSON", validity: HEALTH_PERMIT_VALIDITY, technicalAgency: "DINKES" } as const;

/** The holder's lines of a health permit, then the profession's own. */
export const personRows = (strLabel: string): Array<[string, string]> => [
  ["Nama", "{pemohon.nama}"],
  ["Tempat/Tanggal Lahir", "{pemohon.tempatLahir}, {pemohon.tanggalLahir}"],
  ["Alamat", "{pemohon.alamat}"],
  [strLabel, "{formulir.strNumber}"],
];

/** Where a midwife or nurse practises: at a facility or on their own (each with its own document). */
export function practiceFields(independentLabel: string): FormField[] {
  return [
    {
      code: "practiceKind",
      kind: "SELECT",
      label: "Tempat praktik",
      required: true,
      options: [
        { value: "FASKES", label: "Di fasilitas pelayanan kesehatan" },
        { value: "MANDIRI", label: independentLabel },
      ],
    },
    { code: "practiceName", kind: "TEXT", label: "Nama fasilitas / tempat praktik", required: true, rules: { maxLength: 160 } },
    { code: "practiceAddress", kind: "ADDRESS", label: "Alamat tempat praktik", required: true },
  ];
}
