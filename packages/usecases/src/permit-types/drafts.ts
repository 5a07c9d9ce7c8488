import {
  APPLICATION_KIND_LABELS,
  APPLICATION_KINDS,
  PERMIT_TYPE_DOCUMENT_FORMAT,
  ROLE_LABELS,
  STATUS_LABELS,
  pathsToEnds,
  permitTypeDefinitionSchema,
  permitTypeDocument,
  sopDefinitionSchema,
  validatePermitType,
  type ActionName,
  type ApplicationKind,
  type FileStatus,
  type PermitTypeDefinition,
  type PermitTypeDocument,
  type PermitTypeProblem,
  type Role,
} from "@perizinan/domain";
import { Prisma, type Db } from "@perizinan/db";
import { nextPublishedVersion, publishPermitTypeVersion, type Published } from "@perizinan/db/permit-types";
import { AppError } from "../errors";
import { definitionOfVersion } from "./definitions";
import { checkDefinition, definitionRefusal } from "./publish";

/**
 * Editing a permit type as a whole: one DRAFT per type that the administrator saves as often as
 * they like (checked for shape only, so half a definition can be kept), told each time what still
 * stands in the way of publishing; publishing it judges it whole. Besides: a new type (blank or a
 * copy), and a type as a file — exported, imported as a new type or as an existing type's next version.
 * Every use case runs in one transaction and sees only the caller's office.
 */

type Tx = Prisma.TransactionClient;

const SERIALIZABLE = { isolationLevel: Prisma.TransactionIsolationLevel.Serializable, maxWait: 15_000, timeout: 30_000 } as const;

function raced(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2034");
}

/** A transaction that another administrator's concurrent one may beat: tried again once, then a conflict. */
async function serializable<T>(db: Db, work: (tx: Tx) => Promise<T>, onRace?: (error: unknown) => Error | undefined): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, SERIALIZABLE);
    } catch (error) {
      if (!raced(error)) throw error;
      const mapped = onRace?.(error);
      if (mapped) throw mapped;
      if (attempt >= 2) throw new AppError("STALE_VERSION", "Jenis izin ini baru saja diubah oleh administrator lain. Muat ulang halaman lalu periksa kembali.");
    }
  }
}

const notFound = () => new AppError("NOT_FOUND", "Jenis izin tidak ditemukan.");
const json = (value: unknown): Prisma.InputJsonValue => value as Prisma.InputJsonValue;

async function typeOf(tx: Tx, officeId: string, permitTypeId: string) {
  const type = await tx.permitType.findFirst({ where: { id: permitTypeId, officeId }, select: { id: true, code: true, name: true, active: true } });
  if (!type) throw notFound();
  return type;
}

const VERSION_COLUMNS = { id: true, status: true, version: true, definition: true, updatedAt: true, publishedAt: true } as const;

function newestPublished(tx: Tx, permitTypeId: string) {
  return tx.permitTypeVersion.findFirst({ where: { permitTypeId, status: "PUBLISHED" }, orderBy: { version: "desc" }, select: VERSION_COLUMNS });
}

function draftRow(tx: Tx, permitTypeId: string) {
  return tx.permitTypeVersion.findFirst({ where: { permitTypeId, status: "DRAFT" }, orderBy: { version: "desc" }, select: VERSION_COLUMNS });
}



/** JSON with every object's keys sorted: two definitions are the same whatever order their keys came in. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v === null || typeof v !== "object") return v;
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
    );
  };
  return JSON.stringify(sort(value));
}

const shapeProblems = (issues: readonly { path: readonly PropertyKey[]; message: string }[], prefix = ""): PermitTypeProblem[] =>
  issues.map((issue) => ({ path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."), message: issue.message }));

async function officeAgencies(tx: Tx | Db, officeId: string): Promise<string[]> {
  return (await tx.technicalAgency.findMany({ where: { officeId }, select: { code: true } })).map((a) => a.code);
}

/** What stands between a stored draft and publishing it: validatePermitType's list against this office. */
async function publishProblems(tx: Tx | Db, officeId: string, definition: unknown): Promise<PermitTypeProblem[]> {
  const checked = validatePermitType(definition, { technicalAgencies: await officeAgencies(tx, officeId) });
  return checked.ok ? [] : checked.problems;
}

// ---------------------------------------------------------------------------------------------
// Drafts

export interface DraftInfo {
  draftId: string;
  permitTypeId: string;
  /** The version it will be published as (the newest published + 1). */
  version: number;
  definition: PermitTypeDefinition;
  updatedAt: Date;
}

async function openDraft(tx: Tx, permitTypeId: string, by: string | null): Promise<DraftInfo> {
  const existing = await draftRow(tx, permitTypeId);
  if (existing) return { draftId: existing.id, permitTypeId, version: existing.version, definition: definitionOfVersion(existing), updatedAt: existing.updatedAt };
  const latest = await newestPublished(tx, permitTypeId);
  if (!latest) throw new AppError("NOT_FOUND", "Jenis izin ini belum memiliki versi yang dapat disunting.");
  const definition = structuredClone(definitionOfVersion(latest));
  const version = await nextPublishedVersion(tx, permitTypeId);
  const type = await tx.permitType.findUniqueOrThrow({ where: { id: permitTypeId }, select: { officeId: true } });
  const row = await tx.permitTypeVersion.create({
    data: { officeId: type.officeId, permitTypeId, version, status: "DRAFT", definition: json(definition), createdById: by },
    select: { id: true, updatedAt: true },
  });
  return { draftId: row.id, permitTypeId, version, definition, updatedAt: row.updatedAt };
}

/**
 * The type's one draft: the one being edited, or a new one copied from the newest published
 * version (numbered as the version after it). A second call returns the same draft.
 */
export async function startDraft(db: Db, input: { officeId: string; permitTypeId: string; by: string | null }): Promise<DraftInfo> {
  return serializable(db, async (tx) => {
    await typeOf(tx, input.officeId, input.permitTypeId);
    return openDraft(tx, input.permitTypeId, input.by);
  });
}

export interface SavedDraft {
  draftId: string;
  version: number;
  /** Everything still standing in the way of publishing (validatePermitType's list); [] when publishable. */
  problems: PermitTypeProblem[];
  definition: PermitTypeDefinition;
  updatedAt: Date;
}

/**
 * Keeps the administrator's draft as given, checked for shape only (permitTypeDefinitionSchema),
 * so an incomplete one can be saved; starts the draft when there is none. Refused, with every
 * shape problem listed, when it is not a definition at all, or when it renames the type's code.
 */
export async function saveDraft(db: Db, input: { officeId: string; permitTypeId: string; by: string | null; definition: unknown }): Promise<SavedDraft> {
  const parsed = permitTypeDefinitionSchema.safeParse(input.definition);
  if (!parsed.success) throw definitionRefusal(shapeProblems(parsed.error.issues), "Draf tidak dapat disimpan");
  const definition = parsed.data as unknown as PermitTypeDefinition;
  return serializable(db, async (tx) => {
    const type = await typeOf(tx, input.officeId, input.permitTypeId);
    if (definition.code !== type.code) {
      throw definitionRefusal([{ path: "code", message: `kode jenis izin (${type.code}) tidak dapat diubah; buat jenis izin baru dengan menyalin yang ini` }], "Draf tidak dapat disimpan");
    }
    const draft = await openDraft(tx, type.id, input.by);
    const row = await tx.permitTypeVersion.update({ where: { id: draft.draftId, status: "DRAFT" }, data: { definition: json(definition) }, select: { updatedAt: true } });
    return { draftId: draft.draftId, version: draft.version, problems: await publishProblems(tx, input.officeId, definition), definition, updatedAt: row.updatedAt };
  });
}

/**
 * Publishes the type's draft as its next version: judged whole (checkDefinition — refused with
 * every problem listed, nothing changed), refused when it changes nothing, then written with its
 * requirements, books and flows; the draft's row becomes the published version.
 */
export async function publishDraft(db: Db, input: { officeId: string; permitTypeId: string; by: string | null }): Promise<Published> {
  return serializable(db, async (tx) => {
    const type = await typeOf(tx, input.officeId, input.permitTypeId);
    const draft = await draftRow(tx, type.id);
    if (!draft) throw new AppError("NOT_FOUND", "Jenis izin ini tidak memiliki draf untuk diterbitkan.");
    const definition = await checkDefinition(tx, input.officeId, draft.definition);
    if (definition.code !== type.code) throw definitionRefusal([{ path: "code", message: `kode jenis izin (${type.code}) tidak dapat diubah` }]);
    const latest = await newestPublished(tx, type.id);
    if (latest && canonical(definitionOfVersion(latest)) === canonical(definition)) {
      throw definitionRefusal([{ path: "", message: `tidak ada perubahan dibanding versi ${latest.version}; tidak ada yang perlu diterbitkan` }]);
    }
    return publishPermitTypeVersion(tx, { officeId: input.officeId, definition, by: input.by, at: new Date(), draftId: draft.id });
  });
}

export interface DraftView {
  permitType: { id: string; code: string; name: string; active: boolean };
  /** The draft being edited, if any. */
  draft: { id: string; version: number; updatedAt: Date } | null;
  /** The newest published version, if any. */
  published: { id: string; version: number; publishedAt: Date | null } | null;
  /** The draft's definition, else the newest published one: what the editor opens. */
  definition: PermitTypeDefinition;
  problems: PermitTypeProblem[];
  walk: FlowWalk[];
}

/** What the editor opens: the draft (or the newest published definition), what is wrong with it, and its walk. */
export async function draftView(db: Db, input: { officeId: string; permitTypeId: string }): Promise<DraftView> {
  return db.$transaction(async (tx) => {
    const type = await typeOf(tx, input.officeId, input.permitTypeId);
    const [draft, latest] = await Promise.all([draftRow(tx, type.id), newestPublished(tx, type.id)]);
    const shown = draft ?? latest;
    if (!shown) throw new AppError("NOT_FOUND", "Jenis izin ini belum memiliki definisi.");
    const definition = definitionOfVersion(shown);
    return {
      permitType: type,
      draft: draft ? { id: draft.id, version: draft.version, updatedAt: draft.updatedAt } : null,
      published: latest ? { id: latest.id, version: latest.version, publishedAt: latest.publishedAt } : null,
      definition,
      problems: await publishProblems(tx, input.officeId, definition),
      walk: walkDefinition(definition),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// New types

const identitySchema = permitTypeDefinitionSchema.pick({ code: true, name: true, shortName: true });

/** "Surat Izin Praktik Apoteker" → "SIPA"; at least two letters (the registration number's prefix). */
function prefixOf(code: string): string {
  const letters = code.replace(/[^A-Z]/g, "").slice(0, 6);
  return letters.length >= 2 ? letters : "IZN";
}

/** A name cut to what a short name may be (60), at a word. */
function shortNameOf(name: string): string {
  if (name.length <= 60) return name;
  const cut = name.slice(0, 60);
  return (cut.lastIndexOf(" ") > 20 ? cut.slice(0, cut.lastIndexOf(" ")) : cut).trim();
}

/**
 * The starting point of a type made from scratch: identity from its code and name, a person as
 * applicant, valid for life, nothing asked yet, and a flow of a single submission step. Storable,
 * not publishable: the draft's problems say what is missing.
 */
export function blankDefinition(identity: { code: string; name: string; shortName?: string }): PermitTypeDefinition {
  const shortName = identity.shortName ?? shortNameOf(identity.name);
  return {
    code: identity.code,
    name: identity.name,
    shortName,
    registrationPrefix: prefixOf(identity.code),
    description: `Permohonan ${identity.name}.`,
    legalBasis: [],
    feeRupiah: 0,
    applicant: "PERSON",
    activePermitLimit: null,
    validity: { kind: "LIFETIME" },
    form: [],
    requirements: [],
    flows: {
      NEW: {
        code: `SOP-${identity.code}`,
        version: 1,
        title: `SOP Pelayanan ${identity.name}`,
        permitTypeName: identity.name,
        documentNumber: "(belum bernomor)",
        legalBasis: [],
        steps: [
          {
            no: 1,
            activity: "Menyampaikan Permohonan",
            role: "PEMOHON",
            inputs: ["Berkas Permohonan"],
            standardMinutes: 60,
            output: "Berkas Diterima",
            actions: [],
            markers: { applicantStep: true },
          },
        ],
      },
    },
    letters: [],
    books: [],
    technicalAgency: null,
  };
}

export interface CreatedPermitType {
  permitTypeId: string;
  code: string;
  draftId: string;
  version: number;
}

/**
 * A new permit type whose first version is a draft: from scratch (blankDefinition) or a copy of
 * another type's newest published definition under the new code and name. Not offered to
 * applicants until that draft is published. A code already used in the office is refused on `code`.
 */
export async function createPermitType(
  db: Db,
  input: { officeId: string; by: string | null; code: string; name: string; shortName?: string; from?: "BLANK" | { cloneOf: string } },
): Promise<CreatedPermitType> {
  const identity = identitySchema.partial({ shortName: true }).safeParse({ code: input.code, name: input.name, ...(input.shortName === undefined ? {} : { shortName: input.shortName }) });
  if (!identity.success) {
    const problems = shapeProblems(identity.error.issues);
    throw new AppError("INVALID_INPUT", "Periksa kembali kode dan nama jenis izin.", Object.fromEntries(problems.map((p) => [p.path, p.message])));
  }
  const { code, name } = identity.data;
  const shortName = identity.data.shortName ?? shortNameOf(name);
  const taken = () =>
    new AppError("INVALID_INPUT", `Kode jenis izin ${code} sudah dipakai.`, { code: `Kode ${code} sudah dipakai jenis izin lain di kantor ini; pilih kode lain.` });

  return serializable(
    db,
    async (tx) => {
      if (await tx.permitType.findUnique({ where: { officeId_code: { officeId: input.officeId, code } }, select: { id: true } })) throw taken();
      let definition: PermitTypeDefinition;
      if (input.from && input.from !== "BLANK") {
        const source = await typeOf(tx, input.officeId, input.from.cloneOf);
        const latest = await newestPublished(tx, source.id);
        if (!latest) throw new AppError("NOT_FOUND", "Jenis izin yang disalin belum memiliki versi yang diterbitkan.");
        definition = { ...structuredClone(definitionOfVersion(latest)), code, name, shortName };
      } else {
        definition = blankDefinition({ code, name, shortName });
      }
      const type = await tx.permitType.create({
        data: {
          officeId: input.officeId,
          code,
          name,
          shortName,
          description: definition.description,
          feeRupiah: definition.feeRupiah,
          registrationPrefix: definition.registrationPrefix,
          legalBasis: definition.legalBasis,
          // Applicants see it once its first version is published (which switches it on).
          active: false,
        },
        select: { id: true },
      });
      const draft = await tx.permitTypeVersion.create({
        data: { officeId: input.officeId, permitTypeId: type.id, version: 1, status: "DRAFT", definition: json(definition), createdById: input.by },
        select: { id: true },
      });
      return { permitTypeId: type.id, code, draftId: draft.id, version: 1 };
    },
    (error) => (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" ? taken() : undefined),
  );
}

// ---------------------------------------------------------------------------------------------
// A type as a file

type TypeRef = { permitTypeId: string } | { code: string };

/** The newest published version of a type as a document (envelope and definition), to save as a file. */
export async function exportDefinition(db: Db, input: { officeId: string; at?: Date } & TypeRef): Promise<PermitTypeDocument> {
  return db.$transaction(async (tx) => {
    const type = await tx.permitType.findFirst({
      where: { officeId: input.officeId, ...("permitTypeId" in input ? { id: input.permitTypeId } : { code: input.code }) },
      select: { id: true },
    });
    if (!type) throw notFound();
    const latest = await newestPublished(tx, type.id);
    if (!latest) throw new AppError("NOT_FOUND", "Jenis izin ini belum memiliki versi yang diterbitkan.");
    return permitTypeDocument(definitionOfVersion(latest), input.at ?? new Date());
  });
}

export type DocumentJudgement = { ok: true; definition: PermitTypeDefinition } | { ok: false; problems: PermitTypeProblem[] };

const ENVELOPE_KEYS = new Set(["$schema", "format", "exportedAt", "definition"]);

/**
 * A document read from a file, judged as an import judges it: the envelope (an object, the
 * format string, a definition) and the definition against this office (validatePermitType with
 * its technical agencies, as checkDefinition). Every problem, each at its path in the document.
 */
export async function judgeDocument(db: Db | Tx, officeId: string, document: unknown): Promise<DocumentJudgement> {
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    return { ok: false, problems: [{ path: "", message: `dokumen harus berupa objek JSON { "format": "${PERMIT_TYPE_DOCUMENT_FORMAT}", "definition": … }` }] };
  }
  const doc = document as Record<string, unknown>;
  const problems: PermitTypeProblem[] = [];
  if (doc.format === undefined) problems.push({ path: "format", message: `format dokumen wajib ada ("${PERMIT_TYPE_DOCUMENT_FORMAT}")` });
  else if (doc.format !== PERMIT_TYPE_DOCUMENT_FORMAT) problems.push({ path: "format", message: `format ${JSON.stringify(doc.format)} tidak dikenal; yang dapat dibaca: "${PERMIT_TYPE_DOCUMENT_FORMAT}"` });
  if (doc.exportedAt !== undefined && typeof doc.exportedAt !== "string") problems.push({ path: "exportedAt", message: "waktu ekspor harus berupa teks (ISO 8601)" });
  for (const key of Object.keys(doc)) if (!ENVELOPE_KEYS.has(key)) problems.push({ path: key, message: `kunci ${key} tidak dikenal pada dokumen` });
  if (doc.definition === undefined) {
    problems.push({ path: "definition", message: "definisi jenis izin (definition) wajib ada" });
  } else {
    const checked = validatePermitType(doc.definition, { technicalAgencies: await officeAgencies(db, officeId) });
    if (!checked.ok) problems.push(...checked.problems.map((p) => ({ path: p.path ? `definition.${p.path}` : "definition", message: p.message })));
    else if (problems.length === 0) return { ok: true, definition: checked.definition };
  }
  return { ok: false, problems };
}

export interface ImportedPermitType {
  permitTypeId: string;
  code: string;
  version: number;
  permitTypeVersionId: string;
  /** A new type (its version 1), or the next version of the type with that code. */
  created: boolean;
}

/**
 * Imports a document: a new code becomes a new type (published as version 1); a code the office
 * has becomes that type's next version (refused when it is the same as its newest). A broken
 * document changes nothing and is refused with every problem at its path.
 */
export async function importDefinition(db: Db, input: { officeId: string; by: string | null; document: unknown; at?: Date }): Promise<ImportedPermitType> {
  return serializable(db, async (tx) => {
    const judged = await judgeDocument(tx, input.officeId, input.document);
    if (!judged.ok) throw definitionRefusal(judged.problems, "Dokumen jenis izin tidak dapat diimpor");
    const definition = judged.definition;
    const existing = await tx.permitType.findUnique({ where: { officeId_code: { officeId: input.officeId, code: definition.code } }, select: { id: true } });
    if (existing) {
      const latest = await newestPublished(tx, existing.id);
      if (latest && canonical(definitionOfVersion(latest)) === canonical(definition)) {
        throw definitionRefusal([{ path: "definition", message: `tidak ada perubahan dibanding versi ${latest.version} jenis izin ${definition.code}; tidak ada yang perlu diimpor` }], "Dokumen jenis izin tidak dapat diimpor");
      }
    }
    const published = await publishPermitTypeVersion(tx, { officeId: input.officeId, definition, by: input.by, at: input.at ?? new Date() });
    return { permitTypeId: published.permitTypeId, code: definition.code, version: published.version, permitTypeVersionId: published.permitTypeVersionId, created: !existing };
  });
}

// ---------------------------------------------------------------------------------------------
// The walk

export interface WalkStep {
  no: number;
  activity: string;
  role: Role;
  roleLabel: string;
  /** The action taken to leave the step along this path. */
  action: ActionName;
  standardMinutes: number;
}

export interface WalkPath {
  end: FileStatus;
  endLabel: string;
  steps: WalkStep[];
  /** Standard working minutes of the whole path. */
  standardMinutes: number;
}

export interface FlowWalk {
  kind: ApplicationKind;
  label: string;
  /** False when the flow is not (yet) an SOP the walk can read; its paths are then []. */
  readable: boolean;
  paths: WalkPath[];
}

/**
 * Every way a file can go under each flow of a definition (a draft too): per kind of
 * application, each loop-free path from the first step to an end, with its steps, the end it
 * reaches and its standard time. Pure.
 */
export function walkDefinition(definition: { flows: Partial<Record<string, unknown>> }): FlowWalk[] {
  return APPLICATION_KINDS.filter((kind) => definition.flows[kind] !== undefined).map((kind) => {
    const parsed = sopDefinitionSchema.safeParse(definition.flows[kind]);
    if (!parsed.success) return { kind, label: APPLICATION_KIND_LABELS[kind], readable: false, paths: [] };
    const sop = parsed.data;
    const paths = pathsToEnds(sop).map((path) => ({
      end: path.end,
      endLabel: STATUS_LABELS[path.end],
      standardMinutes: path.standardMinutes,
      steps: path.steps.map((no, i) => {
        const step = sop.steps.find((s) => s.no === no)!;
        return { no, activity: step.activity, role: step.role, roleLabel: ROLE_LABELS[step.role], action: path.actions[i]!, standardMinutes: step.standardMinutes };
      }),
    }));
    return { kind, label: APPLICATION_KIND_LABELS[kind], readable: true, paths };
  });
}
