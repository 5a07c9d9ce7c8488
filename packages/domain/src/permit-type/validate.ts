import type { z } from "zod";
import { APPLICANT_ROLE, NON_OPERATIONAL_ROLES } from "../roles";
import { validateSop } from "../sop/validate";
import type { SopDefinition } from "../sop/types";
import { APPLICATION_KINDS, BOOK_FORMAT_TOKENS, permitTypeDefinitionSchema, type PermitTypeDefinition } from "./definition";
import type { FieldCondition, FormField } from "./form";
import { PLACEHOLDERS, placeholdersIn, strayBraces, templateTexts } from "./letters";
import { APPLICANT_IDENTITY_FIELDS, applicationFields } from "./identity";
import { validityFields } from "./validity";

/** One thing wrong with a definition: where (a dotted path into the JSON) and what, in Indonesian. */
export interface PermitTypeProblem {
  path: string;
  message: string;
}

export type PermitTypeValidation = { ok: true; definition: PermitTypeDefinition } | { ok: false; problems: PermitTypeProblem[] };

/** What the office has that a definition may refer to. Omitted: not checked (e.g. in a unit test). */
export interface OfficeContext {
  technicalAgencies?: string[];
}

/**
 * Checks a permit-type definition (before publishing, on import) and lists every problem at once
 * with its path: the shape, each flow (by validateSop), and every cross-reference — conditions to
 * fields, letters and books to the steps that use them, placeholders to what exists.
 */
export function validatePermitType(input: unknown, office: OfficeContext = {}): PermitTypeValidation {
  const parsed = permitTypeDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map(issueProblem) };
  }
  const def = parsed.data as unknown as PermitTypeDefinition;
  const problems: PermitTypeProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  formProblems(def.form, "form", add, false, APPLICANT_IDENTITY_FIELDS[def.applicant]);
  requirementProblems(def, add);
  validityProblems(def, add);
  const flows = flowProblems(def, add);
  letterProblems(def, flows, add);
  bookProblems(def, flows, add);
  if (office.technicalAgencies && def.technicalAgency && !office.technicalAgencies.includes(def.technicalAgency)) {
    add("technicalAgency", `instansi teknis ${def.technicalAgency} tidak terdaftar di kantor ini`);
  }

  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  return { ok: true, definition: def };
}

type Add = (path: string, message: string) => void;

function issueProblem(issue: z.core.$ZodIssue): PermitTypeProblem {
  return { path: issue.path.map(String).join("."), message: issue.message };
}

function dedupe(problems: PermitTypeProblem[]): PermitTypeProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Field-level checks shared by the application form and a step's officer fields. */
function formProblems(fields: readonly FormField[], base: string, add: Add, officer: boolean, preceding: readonly FormField[] = []): void {
  const seen = new Map<string, number>();
  fields.forEach((field, i) => {
    const at = `${base}.${i}`;
    if (preceding.some((f) => f.code === field.code)) add(`${at}.code`, `kode isian ${field.code} sudah dipakai data pemohon`);
    else if (seen.has(field.code)) add(`${at}.code`, `kode isian ${field.code} sudah dipakai isian ke-${(seen.get(field.code) ?? 0) + 1}`);
    else seen.set(field.code, i);

    const options = field.options ?? [];
    if (field.kind === "SELECT") {
      if (options.length < 2) add(`${at}.options`, "isian pilihan memerlukan paling sedikit dua pilihan");
      const values = options.map((o) => o.value);
      if (new Set(values).size !== values.length) add(`${at}.options`, "nilai pilihan harus berbeda satu sama lain");
    } else if (options.length > 0) {
      add(`${at}.options`, "pilihan hanya untuk isian berjenis Pilihan");
    }

    const rules = field.rules ?? {};
    if (rules.minLength !== undefined && rules.maxLength !== undefined && rules.minLength > rules.maxLength) {
      add(`${at}.rules`, "panjang minimum melebihi panjang maksimum");
    }
    if (rules.min !== undefined && rules.max !== undefined && rules.min > rules.max) add(`${at}.rules`, "nilai minimum melebihi nilai maksimum");
    if ((rules.min !== undefined || rules.max !== undefined) && field.kind !== "NUMBER") add(`${at}.rules`, "nilai minimum/maksimum hanya untuk isian Angka");
    if ((rules.date !== undefined || rules.dateMessage !== undefined) && field.kind !== "DATE") add(`${at}.rules.date`, "aturan tanggal hanya untuk isian Tanggal");
    if (rules.pattern) {
      try {
        new RegExp(rules.pattern.regex, "u");
      } catch {
        add(`${at}.rules.pattern.regex`, "pola (regular expression) tidak dapat dibaca");
      }
    }

    for (const key of ["showIf", "requireIf"] as const) {
      const condition = field[key];
      if (!condition) continue;
      conditionProblem(condition, [...preceding, ...fields.slice(0, i)], `${at}.${key}`, add, field.code);
    }
    if (field.requireIf && field.required) add(`${at}.requireIf`, "isian sudah wajib; syarat wajib tidak berarti");
    if (officer && field.kind === "NIK") add(`${at}.kind`, "isian petugas tidak meminta NIK");
  });
}

/**
 * A condition names an earlier field (so conditions cannot loop) and a value that field can take.
 * `self` is the field carrying the condition, if any.
 */
function conditionProblem(condition: FieldCondition, earlier: readonly FormField[], path: string, add: Add, self?: string): void {
  if (condition.field === self) {
    add(`${path}.field`, "isian tidak boleh bergantung pada dirinya sendiri");
    return;
  }
  const target = earlier.find((f) => f.code === condition.field);
  if (!target) {
    add(`${path}.field`, `isian ${condition.field} tidak ada${self ? " sebelum isian ini" : " pada formulir"}`);
    return;
  }
  if (target.kind === "YES_NO" && typeof condition.equals !== "boolean") add(`${path}.equals`, `isian ${target.code} berjenis ya/tidak: nilainya true atau false`);
  if (target.kind !== "YES_NO" && typeof condition.equals === "boolean") add(`${path}.equals`, `isian ${target.code} bukan ya/tidak: bandingkan dengan teks`);
  if (target.kind === "SELECT" && typeof condition.equals === "string" && !(target.options ?? []).some((o) => o.value === condition.equals)) {
    add(`${path}.equals`, `"${condition.equals}" bukan pilihan isian ${target.code}`);
  }
}

function requirementProblems(def: PermitTypeDefinition, add: Add): void {
  const seen = new Set<string>();
  def.requirements.forEach((req, i) => {
    const at = `requirements.${i}`;
    if (seen.has(req.code)) add(`${at}.code`, `kode persyaratan ${req.code} dipakai lebih dari sekali`);
    seen.add(req.code);
    if (req.requiredIf) {
      conditionProblem(req.requiredIf, applicationFields(def), `${at}.requiredIf`, add);
      if (req.required) add(`${at}.requiredIf`, "persyaratan sudah wajib; syarat wajib tidak berarti");
    }
    if (req.kind === "PHOTO" && req.mimeTypes.some((m) => !m.startsWith("image/"))) {
      add(`${at}.mimeTypes`, "pas foto hanya menerima gambar (JPEG/PNG)");
    }
  });
  const photos = def.requirements.filter((r) => r.kind === "PHOTO");
  if (photos.length > 1) add("requirements", "hanya satu persyaratan boleh berjenis pas foto");
}

function validityProblems(def: PermitTypeDefinition, add: Add): void {
  const fields = applicationFields(def);
  for (const { field, needs } of validityFields(def.validity)) {
    const target = fields.find((f) => f.code === field);
    if (!target) add("validity", `masa berlaku membaca isian ${field} yang tidak ada pada formulir`);
    else if (needs === "DATE" && target.kind !== "DATE") add("validity", `masa berlaku membaca isian ${field}, yang bukan tanggal`);
    else if (needs === "TEXT" && !["TEXT", "ADDRESS", "LONG_TEXT", "SELECT"].includes(target.kind)) {
      add("validity", `masa berlaku membaca nama fasilitas dari isian ${field}, yang bukan teks`);
    }
  }
}

type Flow = { kind: string; sop: SopDefinition };

function flowProblems(def: PermitTypeDefinition, add: Add): Flow[] {
  const flows: Flow[] = [];
  for (const [kind, raw] of Object.entries(def.flows)) {
    const at = `flows.${kind}`;
    if (!(APPLICATION_KINDS as readonly string[]).includes(kind)) {
      add(at, `jenis permohonan ${kind} tidak dikenal`);
      continue;
    }
    const checked = validateSop(raw);
    if (!checked.ok) {
      for (const message of checked.problems) add(at, message);
      continue;
    }
    const sop = checked.sop;
    flows.push({ kind, sop });
    const officerFields = new Map<string, string>();
    sop.steps.forEach((step, i) => {
      const fields = step.fields ?? [];
      formProblems(fields, `${at}.steps.${i}.fields`, add, true);
      for (const field of fields) {
        const other = officerFields.get(field.code);
        if (other) add(`${at}.steps.${i}.fields`, `kode isian ${field.code} sudah dipakai pada ${other}`);
        else officerFields.set(field.code, `langkah ${step.no}`);
      }
    });
  }
  return flows;
}

function letterProblems(def: PermitTypeDefinition, flows: Flow[], add: Add): void {
  const codes = new Set<string>();
  const produced = new Set(flows.flatMap((f) => f.sop.steps.map((s) => s.markers?.produces).filter((c): c is string => !!c)));
  const formCodes = new Set(applicationFields(def).map((f) => f.code));
  const stepCodes = new Set(flows.flatMap((f) => f.sop.steps.flatMap((s) => (s.fields ?? []).map((x) => x.code))));

  def.letters.forEach((letter, i) => {
    const at = `letters.${i}`;
    if (codes.has(letter.code)) add(`${at}.code`, `kode surat ${letter.code} dipakai lebih dari sekali`);
    codes.add(letter.code);
    if (!produced.has(letter.code)) add(`${at}.code`, `surat ${letter.code} tidak dihasilkan oleh langkah mana pun`);
    if (letter.signatory && (letter.signatory.role === APPLICANT_ROLE || NON_OPERATIONAL_ROLES.includes(letter.signatory.role))) {
      add(`${at}.signatory.role`, `peran ${letter.signatory.role} tidak menandatangani surat kantor`);
    }
    if (letter.letterhead === "AGENCY" && !def.technicalAgency) add(`${at}.letterhead`, "kop instansi teknis dipakai, tetapi jenis izin tidak menyebut instansi teknisnya");
    if (letter.photo && !def.requirements.some((r) => r.kind === "PHOTO")) add(`${at}.photo`, "surat mencetak pas foto, tetapi tidak ada persyaratan berjenis pas foto");
    if (letter.layout === "LETTER" && (letter.addressee ?? []).length === 0) add(`${at}.addressee`, "surat dinas memerlukan alamat tujuan (Kepada Yth.)");
    for (const { path, text } of templateTexts(letter)) {
      if (strayBraces(text)) add(`${at}.${path}`, "kurung kurawal yang bukan isian {kelompok.nama}");
      for (const p of placeholdersIn(text)) {
        const known =
          p.group === "formulir"
            ? formCodes.has(p.name)
            : p.group === "langkah"
              ? stepCodes.has(p.name)
              : ((PLACEHOLDERS as Record<string, readonly string[]>)[p.group] ?? []).includes(p.name);
        if (!known) add(`${at}.${path}`, `isian ${p.token} tidak dikenal`);
        if (p.group === "instansi" && !def.technicalAgency) add(`${at}.${path}`, `${p.token} dipakai, tetapi jenis izin tidak menyebut instansi teknisnya`);
      }
    }
  });

  const permitLetters = def.letters.filter((l) => l.purpose === "PERMIT").map((l) => l.code);
  for (const flow of flows) {
    flow.sop.steps.forEach((step, i) => {
      const produces = step.markers?.produces;
      if (produces && !codes.has(produces)) add(`flows.${flow.kind}.steps.${i}.markers.produces`, `langkah ${step.no} menghasilkan surat ${produces} yang tidak didefinisikan`);
    });
    const issues = flow.sop.steps.some((s) => s.actions.some((a) => "end" in a.to && a.to.end === "ISSUED"));
    const numberedPermit = flow.sop.steps.some((s) => s.markers?.numbers && s.markers.produces && permitLetters.includes(s.markers.produces));
    if (issues && !numberedPermit) add(`flows.${flow.kind}`, "alur dapat berakhir Izin Terbit, tetapi tidak ada langkah yang menomori surat izin (surat bertujuan PERMIT)");
  }
}

function bookProblems(def: PermitTypeDefinition, flows: Flow[], add: Add): void {
  const codes = new Set<string>();
  const used = new Set(flows.flatMap((f) => f.sop.steps.map((s) => s.markers?.numbers).filter((c): c is string => !!c)));
  def.books.forEach((book, i) => {
    const at = `books.${i}`;
    if (codes.has(book.code)) add(`${at}.code`, `kode buku agenda ${book.code} dipakai lebih dari sekali`);
    codes.add(book.code);
    if (!book.format.includes("{seq}")) add(`${at}.format`, "format nomor wajib memuat {seq} (nomor urut)");
    for (const token of book.format.match(/\{[^}]*\}/g) ?? []) {
      if (!(BOOK_FORMAT_TOKENS as readonly string[]).includes(token.slice(1, -1))) add(`${at}.format`, `${token} tidak dikenal; yang dapat dipakai: ${BOOK_FORMAT_TOKENS.map((t) => `{${t}}`).join(", ")}`);
    }
    if (!used.has(book.code)) add(`${at}.code`, `buku agenda ${book.code} tidak dipakai langkah mana pun`);
  });
  for (const flow of flows) {
    flow.sop.steps.forEach((step, i) => {
      const numbers = step.markers?.numbers;
      if (numbers && !codes.has(numbers)) add(`flows.${flow.kind}.steps.${i}.markers.numbers`, `langkah ${step.no} menomori dari buku agenda ${numbers} yang tidak didefinisikan`);
    });
  }
}
