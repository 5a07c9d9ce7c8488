import type {
  AgendaBookDefinition,
  ApplicationKind,
  FieldKind,
  FormField,
  LetterTemplate,
  PermitTypeDefinition,
  PermitTypeProblem,
  RequirementDefinition,
  SopDefinition,
  SopStep,
  StepTarget,
} from "@perizinan/domain";

/**
 * The permit-type editor's edits as pure functions: each takes a value and returns a new one,
 * never changing what it was given, so the editor's state stays a plain immutable definition.
 */

// ---------------------------------------------------------------------------------------------
// Lists

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The list with the item at `index` moved by `delta` places (−1 up, +1 down); unchanged at an edge. */
export function moveAt<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** Text lines as a list: each line trimmed, empty ones left out. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

// ---------------------------------------------------------------------------------------------
// Form fields

/** Rules and options that mean something for a kind (validatePermitType refuses the others). */
export function withKind(field: FormField, kind: FieldKind): FormField {
  const { options, rules, ...rest } = field;
  const next: FormField = { ...rest, kind };
  if (kind === "SELECT") next.options = options && options.length > 0 ? options : [];
  const kept: NonNullable<FormField["rules"]> = {};
  const text = kind === "TEXT" || kind === "LONG_TEXT" || kind === "ADDRESS";
  if (rules) {
    if (text || kind === "NUMBER") {
      if (rules.minLength !== undefined && text) kept.minLength = rules.minLength;
      if (rules.maxLength !== undefined && text) kept.maxLength = rules.maxLength;
      if (rules.pattern && text) kept.pattern = rules.pattern;
    }
    if (kind === "NUMBER") {
      if (rules.min !== undefined) kept.min = rules.min;
      if (rules.max !== undefined) kept.max = rules.max;
    }
    if (kind === "DATE") {
      if (rules.date !== undefined) kept.date = rules.date;
      if (rules.dateMessage !== undefined) kept.dateMessage = rules.dateMessage;
    }
  }
  if (Object.keys(kept).length > 0) next.rules = kept;
  return next;
}

/** A field's rules with one rule set, or left out when `value` is undefined (an emptied input). */
export function withRule<K extends keyof NonNullable<FormField["rules"]>>(field: FormField, key: K, value: NonNullable<FormField["rules"]>[K] | undefined): FormField {
  const rules = { ...(field.rules ?? {}) };
  if (value === undefined) delete rules[key];
  else rules[key] = value;
  const { rules: _old, ...rest } = field;
  return Object.keys(rules).length > 0 ? { ...rest, rules } : rest;
}

/** An optional property set, or removed when `value` is undefined (JSON keeps no `undefined`). */
export function withOptional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | undefined): T {
  const next = { ...item };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** A code not yet used in `taken`: PREFIX, PREFIX_2, PREFIX_3… */
export function freshCode(prefix: string, taken: readonly string[]): string {
  if (!taken.includes(prefix)) return prefix;
  for (let n = 2; ; n++) if (!taken.includes(`${prefix}_${n}`)) return `${prefix}_${n}`;
}

export function newField(taken: readonly string[]): FormField {
  return { code: freshCode("isian", taken), kind: "TEXT", label: "", required: false };
}

export function newRequirement(taken: readonly string[]): RequirementDefinition {
  return { code: freshCode("DOKUMEN", taken), label: "", mimeTypes: ["application/pdf"], maxBytes: 2 * 1024 * 1024, required: true, kind: "DOCUMENT" };
}

export function newLetter(taken: readonly string[]): LetterTemplate {
  return {
    code: freshCode("SURAT", taken),
    purpose: "OTHER",
    layout: "FORM",
    title: "",
    citesLegalBasis: false,
    body: [],
    rows: [],
    lists: [],
    closing: [],
    signatory: null,
    tembusan: [],
    letterhead: "OFFICE",
    photo: false,
  };
}

export function newBook(taken: readonly string[]): AgendaBookDefinition {
  return { code: freshCode("BUKU", taken), name: "", format: "503/{seq}/{year}", scope: "PERMIT_TYPE" };
}

// ---------------------------------------------------------------------------------------------
// Steps: numbered by their place, targets kept on the same steps

/** Step numbers that no longer exist are pointed at 0: the target shows as "langkah yang dihapus". */
export const REMOVED_STEP = 0;

function retarget(target: StepTarget, map: ReadonlyMap<number, number>): StepTarget {
  if ("step" in target) return { step: map.get(target.step) ?? target.step };
  if ("resubmitTo" in target) return { resubmitTo: map.get(target.resubmitTo) ?? target.resubmitTo };
  return target;
}

/**
 * The flow with `steps` (in their new order, each carrying its old `no`, or null for a new one)
 * numbered 1, 2, 3…, and every action target and withdrawal rule following its step to its new
 * number; a target whose step is gone points at REMOVED_STEP.
 */
export function renumberSteps(sop: SopDefinition, steps: ReadonlyArray<{ step: SopStep; oldNo: number | null }>): SopDefinition {
  const map = new Map<number, number>();
  for (const old of sop.steps) map.set(old.no, REMOVED_STEP);
  steps.forEach(({ oldNo }, i) => {
    if (oldNo !== null) map.set(oldNo, i + 1);
  });
  const next: SopDefinition = {
    ...sop,
    // A new step's own targets are numbers of the new order already.
    steps: steps.map(({ step, oldNo }, i) => ({ ...step, no: i + 1, actions: oldNo === null ? step.actions : step.actions.map((a) => ({ ...a, to: retarget(a.to, map) })) })),
  };
  if (sop.withdraw?.blockedOnPathOf !== undefined) {
    const moved = map.get(sop.withdraw.blockedOnPathOf);
    if (moved === REMOVED_STEP) {
      const { blockedOnPathOf: _gone, ...withdraw } = sop.withdraw;
      next.withdraw = withdraw;
    } else if (moved !== undefined) next.withdraw = { ...sop.withdraw, blockedOnPathOf: moved };
  }
  return next;
}

type Placed = { step: SopStep; oldNo: number | null };
const kept = (sop: SopDefinition): Placed[] => sop.steps.map((step) => ({ step, oldNo: step.no }));

export function newStep(): SopStep {
  return { no: 0, activity: "", role: "BACK_OFFICE", inputs: [], standardMinutes: 60, output: "", actions: [] };
}

/** A new step at `index` (the end when omitted); the steps after it move down one number. */
export function insertStep(sop: SopDefinition, index = sop.steps.length, step: SopStep = newStep()): SopDefinition {
  const list = kept(sop);
  list.splice(index, 0, { step, oldNo: null });
  return renumberSteps(sop, list);
}

export function removeStep(sop: SopDefinition, index: number): SopDefinition {
  return renumberSteps(sop, removeAt(kept(sop), index));
}

export function moveStep(sop: SopDefinition, index: number, delta: number): SopDefinition {
  return renumberSteps(sop, moveAt(kept(sop), index, delta));
}

/** A flow for another kind of application: NEW's heading under its own code, one submission step. */
export function newFlow(def: PermitTypeDefinition, kind: Exclude<ApplicationKind, "NEW">, label: string): SopDefinition {
  const base = def.flows.NEW;
  return {
    code: `${base.code}-${kind}`,
    version: 1,
    title: `${base.title} (${label})`,
    permitTypeName: def.name,
    documentNumber: base.documentNumber,
    legalBasis: [...base.legalBasis],
    steps: [{ no: 1, activity: "Menyampaikan Permohonan", role: "PEMOHON", inputs: [], standardMinutes: 60, output: "Berkas Diterima", actions: [], markers: { applicantStep: true } }],
    ...(base.resubmit ? { resubmit: { ...base.resubmit } } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Problems at their place

/** Where a problem shows in the editor: the path of the input (or group) it is about. */
export interface PlacedProblem {
  path: string;
  message: string;
  /** The editor's section (its anchor): identitas, formulir, persyaratan, alur, surat, buku. */
  section: Section;
}

export type Section = "identitas" | "formulir" | "persyaratan" | "alur" | "surat" | "buku";

const SECTION_OF: Record<string, Section> = { form: "formulir", requirements: "persyaratan", flows: "alur", letters: "surat", books: "buku" };

export function sectionOf(path: string): Section {
  return SECTION_OF[path.split(".")[0] ?? ""] ?? "identitas";
}

/**
 * A problem as validatePermitType (or a refusal's field errors) gives it, placed at its input:
 * a refusal's repeated key ("form.2.label#2") and an imported document's "definition." are
 * dropped; a flow's problems ("Langkah 3 › activity: …" under `flows.NEW`) go to that step.
 */
export function placeProblem(problem: PermitTypeProblem, def: Pick<PermitTypeDefinition, "flows">): PlacedProblem {
  let path = problem.path.replace(/#\d+$/, "").replace(/^definition\.?/, "");
  const flow = /^flows\.([A-Z_]+)$/.exec(path);
  if (flow) {
    const sop = (def.flows as Partial<Record<string, SopDefinition>>)[flow[1]!];
    const step = /^Langkah (?:(\d+)|urutan ke-(\d+))(?: › ([\w.]+))?/.exec(problem.message);
    if (step && sop) {
      const index = step[1] !== undefined ? sop.steps.findIndex((s) => s.no === Number(step[1])) : Number(step[2]) - 1;
      if (index >= 0 && index < sop.steps.length) path = `${path}.steps.${index}${step[3] ? `.${step[3]}` : ""}`;
    } else if (/aturan resubmit/.test(problem.message)) {
      path = `${path}.resubmit`;
    }
  }
  return { path, message: problem.message, section: sectionOf(path) };
}

/** Problems by the path they sit at. */
export function problemsByPath(problems: readonly PlacedProblem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of problems) map.set(p.path, [...(map.get(p.path) ?? []), p.message]);
  return map;
}

const SEGMENT_LABELS: Record<string, string> = {
  form: "Formulir pemohon › isian",
  requirements: "Persyaratan",
  letters: "Surat",
  books: "Buku agenda",
  steps: "Langkah",
  actions: "Tindakan",
  fields: "Isian petugas",
  rows: "Baris",
  options: "Pilihan",
};
/** The keys of a definition as the editor's inputs name them, for a problem's location. */
const KEY_LABELS: Record<string, string> = {
  code: "kode",
  name: "nama",
  shortName: "nama singkat",
  registrationPrefix: "awalan nomor registrasi",
  description: "keterangan",
  legalBasis: "dasar hukum",
  feeRupiah: "biaya",
  applicant: "pemohon",
  activePermitLimit: "batas izin aktif",
  validity: "masa berlaku",
  technicalAgency: "instansi teknis",
  label: "label",
  help: "bantuan",
  kind: "jenis",
  required: "wajib",
  requiredIf: "wajib bila",
  showIf: "tampil bila",
  requireIf: "wajib bila",
  rules: "aturan",
  mimeTypes: "jenis berkas",
  maxBytes: "ukuran paling besar",
  title: "judul",
  body: "isi",
  closing: "penutup",
  signatory: "penanda tangan",
  tembusan: "tembusan",
  format: "format nomor",
  scope: "cakupan",
  activity: "kegiatan",
  role: "pelaksana",
  standardMinutes: "waktu baku",
  output: "output",
  inputs: "kelengkapan",
  to: "tujuan",
  markers: "penanda",
  field: "isian",
  years: "tahun",
};
const SECTION_LABELS: Record<Section, string> = { identitas: "Identitas", formulir: "Formulir pemohon", persyaratan: "Persyaratan", alur: "Alur", surat: "Surat", buku: "Buku agenda" };
export const sectionLabel = (section: Section) => SECTION_LABELS[section];

/** A problem's path as a person reads it: "form.2.label" → "Formulir pemohon › isian 3 › label". */
export function describePath(path: string, kindLabels: Readonly<Record<string, string>> = {}): string {
  if (path === "") return "Jenis izin";
  const parts = path.split(".");
  const out: string[] = sectionOf(path) === "identitas" ? ["Identitas"] : [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part === "flows" && next !== undefined) {
      out.push(`Alur ${kindLabels[next] ?? next}`);
      i++;
    } else if (SEGMENT_LABELS[part] && next !== undefined && /^\d+$/.test(next)) {
      out.push(`${SEGMENT_LABELS[part]} ${Number(next) + 1}`);
      i++;
    } else {
      out.push(KEY_LABELS[part] ?? part);
    }
  }
  return out.join(" › ");
}
