import { localDateTimeToInstant, ROLE_LABELS, type FileEvent, type SopDefinition, type SopStep } from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import type { Initial, LetterInput, LetterKind, Person, SignatureRecord } from "@perizinan/letters";
import type { StepOutput } from "./step-output";
import { letterheadOf } from "./letterhead";

type Tx = Prisma.TransactionClient;

export interface LetterFactsInput {
  tx: Tx;
  applicationId: string;
  sop: SopDefinition;
  event: FileEvent;
  kind: LetterKind;
  chain: string | null;
  draft: boolean;
  /** The number the step took from its agenda book, if it numbers. */
  number: string | null;
  output: StepOutput;
  portalUrl: string;
}

/** The Permit row a numbered, signed permit makes, minus the PDF's hash (known once rendered). */
export interface PermitFacts {
  officeId: string;
  applicationId: string;
  permitTypeId: string;
  number: string;
  holderName: string;
  strNumber: string;
  facilityName: string;
  validUntil: Date | null;
  issuedAt: Date;
  signedById: string;
  signedByName: string;
  signedByTitle: string;
  signedByNip: string | null;
  signedAt: Date;
}

export interface LetterFacts {
  letter: LetterInput;
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
async function chainRecords(tx: Tx, applicationId: string, sop: SopDefinition, chain: string | undefined) {
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
    }
    else initials.push({ ...person, at: e.at });
  }
  return { initials, signature, signerId, signerStep };
}

/**
 * Everything a step's letter says (the SOP data says which letter, `markers.produces`), read in the
 * step's transaction: the file, its applicant's data, the chain's initials and signature, the
 * number. Nothing is rendered here; the facts are stored and rendered after the commit.
 */
export async function letterFacts(input: LetterFactsInput, recordPermit: boolean): Promise<LetterFacts> {
  const { tx, event, sop, kind, draft } = input;
  const file = await tx.application.findUniqueOrThrow({
    where: { id: input.applicationId },
    include: {
      office: true,
      permitType: true,
      documents: { where: { supersededAt: null }, include: { requirement: true }, orderBy: { requirement: { position: "asc" } } },
      events: { orderBy: { seq: "asc" } },
    },
  });
  const form = file.form as Record<string, string | boolean | null | undefined>;
  const allocated = input.number ? { number: input.number } : null;
  const actor = await personOf(tx, event.actorId, event.actorRole);
  const chain = await chainRecords(tx, file.id, sop, input.chain ?? undefined);
  const expectedSigner = chain.signerStep
    ? await tx.user.findFirst({ where: { officeId: file.officeId, active: true, roles: { some: { role: chain.signerStep.role } } } })
    : null;
  const signatory: Person = chain.signature ?? (expectedSigner ? await personOf(tx, expectedSigner.id, chain.signerStep?.role) : actor);
  const own: SignatureRecord = { ...actor, signedAt: event.at };

  const common = {
    letterhead: letterheadOf(file.office),
    registrationNumber: file.registrationNumber ?? file.id,
    permitTypeName: file.permitType.name,
    applicant: {
      name: String(form.fullName ?? ""),
      nik: String(form.nik ?? ""),
      birthPlace: form.birthPlace ? String(form.birthPlace) : undefined,
      birthDate: form.birthDate ? String(form.birthDate) : undefined,
      address: form.address ? String(form.address) : undefined,
      phone: form.phone ? String(form.phone) : undefined,
      email: form.email ? String(form.email) : undefined,
    },
    date: event.at,
    number: allocated?.number ?? null,
    draft,
  };
  const rejectEvent = [...file.events].reverse().find((e) => e.action === "REJECT");
  const lastAssignees = ([...file.events].reverse().find((e) => (e.data as { assignees?: string[] } | null)?.assignees)?.data as { assignees?: string[] } | null)?.assignees ?? event.assignees ?? [];
  const team = await Promise.all(lastAssignees.map((id) => personOf(tx, id, "TIM_TEKNIS")));
  // The permit type's own regulations; the SOP's legal basis (about the SOP itself) only as a fallback.
  const legalBasis = file.permitType.legalBasis.length ? file.permitType.legalBasis : sop.legalBasis;

  let letter: LetterInput;
  switch (kind) {
    case "RESI_PENERIMAAN":
      letter = {
        ...common,
        kind,
        submittedAt: file.submittedAt ?? event.at,
        receivedBy: actor,
        documents: file.documents.map((d) => d.requirement.name),
        signatory: actor,
        signature: own,
        qr: { url: `${input.portalUrl}/lacak`, caption: "Lacak berkas dengan nomor registrasi dan 4 angka terakhir NIK" },
      };
      break;
    case "LEMBAR_DISPOSISI":
      letter = {
        ...common,
        kind,
        from: actor.title || actor.name,
        to: input.output.disposition?.to ?? "Back Office / Seksi Pelayanan II",
        instruction: input.output.disposition?.instruction ?? event.note ?? "Untuk diverifikasi dan diproses sesuai SOP.",
        signatory: actor,
        signature: own,
      };
      break;
    case "SURAT_PERMINTAAN_REKOMENDASI":
      letter = {
        ...common,
        kind,
        addressee: "Tim Teknis (Dinas Kesehatan Kabupaten Dairi)",
        teamMembers: team,
        facilityName: String(form.facilityName ?? ""),
        signatory: actor,
        signature: own,
      };
      break;
    case "BERITA_ACARA":
      letter = {
        ...common,
        kind,
        // The moment the inspector entered, on the office's clock; nothing invented.
        inspectionDate: localDateTimeToInstant(file.office.timeZone, input.output.inspection!.date, input.output.inspection!.time),
        place: input.output.inspection!.place,
        findings: input.output.inspection!.findings,
        team: team.length ? team : [actor],
        signatory: actor,
        signature: own,
      };
      break;
    case "REKOMENDASI":
      letter = {
        ...common,
        kind,
        decision: event.action === "REJECT" ? "REJECT" : "APPROVE",
        assessment: input.output.assessment!,
        reasons: event.reasons ?? [],
        team: team.length ? team : [actor],
        signatory: actor,
        signature: own,
      };
      break;
    case "SURAT_PENOLAKAN":
      letter = {
        ...common,
        kind,
        reasons: rejectEvent?.reasons ?? [],
        legalBasis,
        signatory,
        signature: chain.signature,
        initials: chain.initials,
        qr: allocated ? { url: `${input.portalUrl}/verifikasi`, caption: "Periksa keaslian surat ini" } : null,
      };
      break;
    case "SURAT_IZIN":
      letter = {
        ...common,
        kind,
        strNumber: String(form.strNumber ?? ""),
        strValidUntil: form.strLifetime ? null : String(form.strExpiry ?? "") || null,
        facilityName: String(form.facilityName ?? ""),
        facilityAddress: String(form.facilityAddress ?? ""),
        validUntilText: form.strLifetime
          ? "Surat izin ini berlaku selama yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut."
          : `Surat izin ini berlaku sampai dengan berakhirnya masa berlaku STR dan selama yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut.`,
        legalBasis,
        signatory,
        signature: chain.signature,
        initials: chain.initials,
        qr: allocated ? { url: `${input.portalUrl}/verifikasi/${encodeURIComponent(allocated.number)}`, caption: "Pindai untuk memeriksa keaslian izin" } : null,
      };
      break;
    default:
      throw new Error(`Jenis dokumen "${String(kind)}" pada SOP tidak dikenal.`);
  }

  const signedById = letter.signature ? (chain.signature ? chain.signerId : event.actorId) : null;
  const permit: PermitFacts | null =
    recordPermit && allocated && chain.signature
      ? {
          officeId: file.officeId,
          applicationId: file.id,
          permitTypeId: file.permitTypeId,
          number: allocated.number,
          holderName: String(form.fullName ?? ""),
          strNumber: String(form.strNumber ?? ""),
          facilityName: String(form.facilityName ?? ""),
          validUntil: !form.strLifetime && form.strExpiry ? new Date(`${String(form.strExpiry)}T16:59:59Z`) : null,
          issuedAt: event.at,
          signedById: chain.signerId ?? event.actorId,
          signedByName: chain.signature.name,
          signedByTitle: chain.signature.title,
          signedByNip: chain.signature.nip ?? null,
          signedAt: chain.signature.signedAt,
        }
      : null;
  return { letter, signedById, permit };
}
