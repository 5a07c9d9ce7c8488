import {
  APPLICATION_KIND_LABELS,
  computeValidity,
  localDateTimeToInstant,
  localIsoDate,
  ROLE_LABELS,
  type FileEvent,
  type FormValues,
  type LetterTemplate,
  type PermitTypeDefinition,
  type PlaceholderValues,
  type SopDefinition,
  type SopStep,
} from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import { formatIndonesianDate, type Initial, type Person, type SignatureRecord, type TemplateLetterInput } from "@perizinan/letters";
import { answerValues, composeLetter, DECISION_WORDS, officeValues, stepEntryValues } from "./compose";
import { letterheadOf } from "./letterhead";

type Tx = Prisma.TransactionClient;

export interface LetterFactsInput {
  tx: Tx;
  applicationId: string;
  definition: PermitTypeDefinition;
  sop: SopDefinition;
  event: FileEvent;
  /** The template's code (the step's `markers.produces`). */
  letter: string;
  chain: string | null;
  draft: boolean;
  /** The number the step took from its agenda book, if it numbers. */
  number: string | null;
  portalUrl: string;
}

/** The Permit row a numbered, signed permit makes, minus the PDF's hash (known once rendered). */
export interface PermitFacts {
  officeId: string;
  applicationId: string;
  permitTypeId: string;
  permitTypeVersionId: string;
  number: string;
  holderName: string;
  holderIdNumber: string;
  details: Array<{ label: string; value: string }>;
  validUntil: Date | null;
  validityText: string;
  issuedAt: Date;
  signedById: string;
  signedByName: string;
  signedByTitle: string;
  signedByNip: string | null;
  signedAt: Date;
}

export interface LetterFacts {
  letter: TemplateLetterInput;
  signedById: string | null;
  permit: PermitFacts | null;
}

async function personOf(tx: Tx, userId: string, role?: string): Promise<Person> {
  const u = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, jobTitle: true, nip: true } });
  return { name: u.name, title: u.jobTitle ?? (role ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : ""), nip: u.nip };
}

/**
 * The initials and the signature a letter carries: the latest completion of each step of its
 * chain (all but the last are paraf, the last is the signature), read from the event history.
 */
async function chainRecords(tx: Tx, applicationId: string, sop: SopDefinition, chain: string | null) {
  if (!chain) return { initials: [] as Initial[], signature: null as SignatureRecord | null, signerId: null as string | null, signerStep: null as SopStep | null };
  const steps = sop.steps.filter((s) => s.markers?.signatureChain === chain).sort((a, b) => a.no - b.no);
  const signerStep = steps.at(-1) ?? null;
  const events = await tx.fileEvent.findMany({
    where: { applicationId, fromStep: { in: steps.map((s) => s.no) }, action: "COMPLETE" },
    orderBy: { seq: "desc" },
  });
  const initials: Initial[] = [];
  let signature: SignatureRecord | null = null;
  let signerId: string | null = null;
  for (const s of steps) {
    const e = events.find((x) => x.fromStep === s.no);
    if (!e) continue;
    const person = await personOf(tx, e.actorId, e.actorRole);
    if (s === signerStep) {
      signature = { ...person, signedAt: e.at };
      signerId = e.actorId;
    } else initials.push({ ...person, at: e.at });
  }
  return { initials, signature, signerId, signerStep };
}

type EventRow = { action: string; reasons: string[]; data: Prisma.JsonValue; assignees?: unknown };

/** What officers entered at the steps so far (`{langkah.<code>}`), the latest entry of each field winning. */
function stepValues(events: EventRow[]): FormValues {
  const values: FormValues = {};
  for (const e of events) {
    const fields = (e.data as { fields?: FormValues } | null)?.fields;
    if (fields && typeof fields === "object") Object.assign(values, fields);
  }
  return values;
}

/**
 * Everything a step's letter says, read in the step's transaction: the template the definition
 * names, filled from the file (the applicant's answers, the officers' entries, the decision, the
 * team), the chain's initials and signature, the number. Nothing is rendered here; the facts are
 * stored and rendered after the commit, so a retry prints exactly the same letter.
 */
export async function letterFacts(input: LetterFactsInput, recordPermit: boolean): Promise<LetterFacts> {
  const { tx, event, sop, definition, draft } = input;
  const template = definition.letters.find((l) => l.code === input.letter);
  if (!template) throw new Error(`Surat ${input.letter} tidak ada pada definisi jenis izin ${definition.code}.`);
  const file = await tx.application.findUniqueOrThrow({
    where: { id: input.applicationId },
    include: {
      office: true,
      documents: { where: { supersededAt: null }, include: { requirement: true }, orderBy: { requirement: { position: "asc" } } },
      events: { orderBy: { seq: "asc" } },
    },
  });
  const clock = letterheadOf(file.office).clock;
  const form = (file.form ?? {}) as FormValues;
  const actor = await personOf(tx, event.actorId, event.actorRole);
  const own: SignatureRecord = { ...actor, signedAt: event.at };
  const chain = await chainRecords(tx, file.id, sop, input.chain);

  const decision = [...file.events].reverse().find((e) => e.action in DECISION_WORDS);
  const assignees = [...file.events].reverse().map((e) => (e.data as { assignees?: string[] } | null)?.assignees).find((a) => a?.length) ?? event.assignees ?? [];
  const team = await Promise.all(assignees.map((id) => personOf(tx, id, "TIM_TEKNIS")));
  const agency = definition.technicalAgency
    ? await tx.technicalAgency.findUnique({ where: { officeId_code: { officeId: file.officeId, code: definition.technicalAgency } } })
    : null;
  const issuedOn = localIsoDate(event.at, file.office.timeZone);
  const validity = computeValidity(definition.validity, issuedOn, form);

  const values: PlaceholderValues = {
    "izin.nama": definition.name,
    "izin.nomor": input.number ?? undefined,
    "izin.tanggal": formatIndonesianDate(event.at, clock),
    "izin.berlaku": validity.sentence,
    "berkas.nomorRegistrasi": file.registrationNumber ?? file.id,
    "berkas.tanggalMasuk": file.submittedAt ? formatIndonesianDate(file.submittedAt, clock, true) : undefined,
    "berkas.jenisPermohonan": APPLICATION_KIND_LABELS.NEW,
    "berkas.keputusan": decision ? DECISION_WORDS[decision.action] : undefined,
    "berkas.timTeknis": team.map((m) => m.name).join(", "),
    ...officeValues(file.office, agency),
    "surat.nomor": input.number ?? undefined,
    "surat.tanggal": formatIndonesianDate(event.at, clock),
    ...answerValues(definition, form),
    ...stepEntryValues(definition, stepValues(file.events)),
  };
  const reasons = event.reasons?.length ? { action: event.action, items: event.reasons } : decision ? { action: decision.action, items: decision.reasons } : null;
  const signed = await signatoryOf(tx, template, file.officeId, chain, { person: actor, signature: own, id: event.actorId });
  const photoRequirement = template.photo ? definition.requirements.find((r) => r.kind === "PHOTO") : undefined;
  const photoDocument = photoRequirement ? file.documents.find((d) => d.requirement.code === photoRequirement.code) : undefined;
  const { letter, rows } = composeLetter({
    definition,
    template,
    values,
    office: file.office,
    agency,
    registrationNumber: file.registrationNumber ?? file.id,
    date: event.at,
    number: input.number,
    draft,
    documents: file.documents.map((d) => d.requirement.name),
    reasons,
    team,
    own,
    signatory: signed.block,
    initials: chain.initials,
    qr: qrOf(template, input.number, input.portalUrl),
    photo: photoDocument ? { key: photoDocument.storageKey, mimeType: photoDocument.mimeType } : null,
    fallbackLegalBasis: sop.legalBasis,
  });

  const permit: PermitFacts | null =
    template.purpose === "PERMIT" && recordPermit && input.number && chain.signature
      ? {
          officeId: file.officeId,
          applicationId: file.id,
          permitTypeId: file.permitTypeId,
          permitTypeVersionId: file.permitTypeVersionId,
          number: input.number,
          holderName: values["pemohon.namaUsaha"] ?? values["pemohon.nama"] ?? "",
          holderIdNumber: String(form.nib ?? form.nik ?? ""),
          details: rows.map(([label, value]) => ({ label, value })),
          validUntil: validity.until ? localDateTimeToInstant(file.office.timeZone, validity.until, "23:59") : null,
          validityText: validity.sentence,
          issuedAt: event.at,
          signedById: chain.signerId ?? event.actorId,
          signedByName: chain.signature.name,
          signedByTitle: chain.signature.title,
          signedByNip: chain.signature.nip ?? null,
          signedAt: chain.signature.signedAt,
        }
      : null;
  // A record the team signs in its table is signed by the member who drew it up.
  const signedById = signed.signedById ?? (template.signatory === null && template.lists.includes("TEAM") ? event.actorId : null);
  return { letter, signedById, permit };
}

/**
 * Who signs: along a signature chain, its last step's signer (or, until signed, whoever holds
 * that step's role); otherwise the officer acting now, who signs as they make the letter.
 */
async function signatoryOf(
  tx: Tx,
  template: LetterTemplate,
  officeId: string,
  chain: Awaited<ReturnType<typeof chainRecords>>,
  actor: { person: Person; signature: SignatureRecord; id: string },
): Promise<{ block: TemplateLetterInput["signatory"]; signedById: string | null }> {
  if (!template.signatory) return { block: null, signedById: null };
  const wording = template.signatory.wording ?? null;
  if (chain.signerStep) {
    if (chain.signature) return { block: { wording, person: chain.signature, signature: chain.signature }, signedById: chain.signerId };
    const expected = await tx.user.findFirst({ where: { officeId, active: true, roles: { some: { role: chain.signerStep.role } } } });
    const person = expected ? await personOf(tx, expected.id, chain.signerStep.role) : actor.person;
    return { block: { wording, person, signature: null }, signedById: null };
  }
  return { block: { wording, person: actor.person, signature: actor.signature }, signedById: actor.id };
}

function qrOf(template: LetterTemplate, number: string | null, portalUrl: string): TemplateLetterInput["qr"] {
  switch (template.purpose) {
    case "PERMIT":
      return number ? { url: `${portalUrl}/verifikasi/${encodeURIComponent(number)}`, caption: "Pindai untuk memeriksa keaslian izin" } : null;
    case "REJECTION":
      return number ? { url: `${portalUrl}/verifikasi`, caption: "Periksa keaslian surat ini" } : null;
    case "RECEIPT":
      return { url: `${portalUrl}/lacak`, caption: "Lacak berkas dengan nomor registrasi dan 4 angka terakhir NIK" };
    default:
      return null;
  }
}
