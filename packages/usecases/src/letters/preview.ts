import {
  APPLICATION_KIND_LABELS,
  computeValidity,
  localIsoDate,
  ROLE_LABELS,
  type FieldValue,
  type FormField,
  type FormValues,
  type LetterTemplate,
  type PermitTypeDefinition,
} from "@perizinan/domain";
import type { Db } from "@perizinan/db";
import { formatIndonesianDate, renderTemplateLetter, type Person, type TemplateLetterInput } from "@perizinan/letters";
import type { DocumentStorage } from "@perizinan/storage";
import { AppError } from "../errors";
import { formFieldsOf } from "../permit-types/definitions";
import { answerValues, composeLetter, DECISION_WORDS, officeValues, stepEntryValues, type AgencyRow, type OfficeRow } from "./compose";
import { letterheadOf, withEmblem } from "./letterhead";

/**
 * A sample answer of each field: its label in brackets for text (so the administrator sees where
 * each answer lands), a plausible value for the kinds that are printed formatted.
 */
function sampleValue(field: FormField, today: string): FieldValue {
  switch (field.kind) {
    case "DATE":
      // A date that must lie ahead (an STR's expiry) is sampled years ahead, so a validity "until
      // that date" prints as it would for a real applicant, not as ending today.
      if (field.rules?.date === "PAST" || field.rules?.date === "NOT_FUTURE") return "1990-01-15";
      if (field.rules?.date === "FUTURE" || field.rules?.date === "NOT_EXPIRED") return `${Number(today.slice(0, 4)) + 3}${today.slice(4).replace("-02-29", "-02-28")}`;
      return today;
    case "YES_NO":
      return false;
    case "NUMBER":
      return field.rules?.min ?? 1;
    case "SELECT":
      return field.options?.[0]?.value ?? null;
    case "TIME":
      return "09:30";
    default:
      return `[${field.label}]`;
  }
}

const sampleAnswers = (fields: readonly FormField[], today: string): FormValues => Object.fromEntries(fields.map((f) => [f.code, sampleValue(f, today)]));

const TEAM: Person[] = [
  { name: "[Anggota Tim Teknis 1]", title: ROLE_LABELS.TIM_TEKNIS, nip: null },
  { name: "[Anggota Tim Teknis 2]", title: ROLE_LABELS.TIM_TEKNIS, nip: null },
];

/**
 * A letter of a permit type's definition (its draft, else its newest version) as a PDF with sample
 * facts, on the office's real kop: what a file would print, marked DRAF and unnumbered, so that it
 * can never pass for a genuine letter.
 */
export async function previewLetter(
  deps: { db: Db; storage: DocumentStorage },
  input: { officeId: string; permitTypeId: string; letter: string; definition: PermitTypeDefinition; now?: Date },
): Promise<Uint8Array> {
  const { db } = deps;
  const definition = input.definition;
  const template = definition.letters.find((l) => l.code === input.letter);
  if (!template) throw new AppError("NOT_FOUND", `Surat ${input.letter} tidak ada pada jenis izin ini.`);
  const office = await db.office.findUniqueOrThrow({ where: { id: input.officeId } });
  const agency = definition.technicalAgency ? await db.technicalAgency.findUnique({ where: { officeId_code: { officeId: office.id, code: definition.technicalAgency } } }) : null;
  const signerRole = template.signatory?.role;
  const signer = signerRole ? await db.user.findFirst({ where: { officeId: office.id, active: true, roles: { some: { role: signerRole } } }, select: { name: true, jobTitle: true, nip: true } }) : null;
  const letter = sampleLetter({ definition, template, office, agency, signer, now: input.now ?? new Date() });
  return renderTemplateLetter({ ...letter, letterhead: await withEmblem(letter.letterhead, deps.storage) });
}

/**
 * The letter a template makes from sample facts (no database): each form field and step entry
 * answered by its sample, the signer as found (or the role in brackets), DRAF and no number.
 */
export function sampleLetter(p: {
  definition: PermitTypeDefinition;
  template: LetterTemplate;
  office: OfficeRow;
  agency: AgencyRow | null;
  signer: { name: string; jobTitle: string | null; nip: string | null } | null;
  now: Date;
}): TemplateLetterInput {
  const { definition, template, office, agency, signer, now } = p;
  const clock = letterheadOf(office).clock;
  const today = localIsoDate(now, office.timeZone);
  const form = sampleAnswers(formFieldsOf(definition), today);
  const entries = sampleAnswers(Object.values(definition.flows).flatMap((flow) => (flow?.steps ?? []).flatMap((s) => s.fields ?? [])), today);
  const signerRole = template.signatory?.role;
  const person: Person = signer ? { name: signer.name, title: signer.jobTitle ?? ROLE_LABELS[signerRole!], nip: signer.nip } : { name: `[${signerRole ? ROLE_LABELS[signerRole] : "Penanda tangan"}]`, title: signerRole ? ROLE_LABELS[signerRole] : "", nip: null };
  const decision = template.purpose === "REJECTION" ? "REJECT" : "APPROVE";
  const { letter } = composeLetter({
    definition,
    template,
    values: {
      "izin.nama": definition.name,
      "izin.nomor": "[nomor izin]",
      "izin.tanggal": formatIndonesianDate(now, clock),
      "izin.berlaku": computeValidity(definition.validity, today, form).sentence,
      "berkas.nomorRegistrasi": `${definition.registrationPrefix}-CONTOH`,
      "berkas.tanggalMasuk": formatIndonesianDate(now, clock, true),
      "berkas.jenisPermohonan": APPLICATION_KIND_LABELS.NEW,
      "berkas.keputusan": DECISION_WORDS[decision],
      "berkas.timTeknis": TEAM.map((m) => m.name).join(", "),
      ...officeValues(office, agency),
      "surat.nomor": "[nomor surat]",
      "surat.tanggal": formatIndonesianDate(now, clock),
      ...answerValues(definition, form),
      ...stepEntryValues(definition, entries),
    },
    office,
    agency,
    registrationNumber: `${definition.registrationPrefix}-CONTOH`,
    date: now,
    number: null,
    draft: true,
    documents: definition.requirements.map((r) => r.label),
    reasons: { action: decision, items: ["[alasan atau syarat yang ditulis petugas]"] },
    team: TEAM,
    own: { ...TEAM[0]!, signedAt: now },
    signatory: template.signatory ? { wording: template.signatory.wording ?? null, person, signature: null } : null,
    initials: [],
    qr: null,
    photo: null,
    fallbackLegalBasis: definition.flows.NEW.legalBasis,
  });
  return letter;
}
