import { z } from "zod";
import { emailSchema, mobileNumberSchema } from "../forms/applicant-forms";
import { checkNik } from "../forms/nik";
import { formatCalendarDate } from "../time/calendar-words";

/**
 * A permit type's application form as data: field descriptors an administrator writes in the
 * browser. Portal, counter intake and API all validate with the schema built here from them.
 */
export const FIELD_KINDS = ["TEXT", "LONG_TEXT", "NUMBER", "DATE", "TIME", "NIK", "NIB", "PHONE", "EMAIL", "SELECT", "YES_NO", "ADDRESS"] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Each kind's name in the administrator's form editor and the longest value it takes by default. */
export const FIELD_KIND_INFO: Record<FieldKind, { label: string; maxLength: number }> = {
  // free text; numbers, days and hours; identifiers checked by their own rules; choices
  TEXT: { label: "Teks singkat", maxLength: 160 }, LONG_TEXT: { label: "Teks panjang", maxLength: 2000 }, ADDRESS: { label: "Alamat", maxLength: 300 },
  NUMBER: { label: "Angka", maxLength: 30 }, DATE: { label: "Tanggal", maxLength: 10 }, TIME: { label: "Jam (JJ:MM)", maxLength: 5 },
  NIK: { label: "NIK", maxLength: 20 }, NIB: { label: "NIB", maxLength: 20 }, PHONE: { label: "Nomor ponsel", maxLength: 20 }, EMAIL: { label: "Email", maxLength: 200 },
  SELECT: { label: "Pilihan", maxLength: 100 }, YES_NO: { label: "Ya/tidak", maxLength: 5 },
};

/** "Show or require B when A = x": A is another field of the same form, x one of its values. */
export interface FieldCondition {
  field: string;
  equals: string | boolean;
}

/**
 * Date rules, judged against the office's local date:
 * PAST — before today (a birth date); NOT_FUTURE — today or earlier (an inspection already made);
 * FUTURE — after today; NOT_EXPIRED — today or later (a licence valid through today still counts).
 */
export const DATE_RULES = ["PAST", "NOT_FUTURE", "FUTURE", "NOT_EXPIRED"] as const;
export type DateRule = (typeof DATE_RULES)[number];

export interface FieldRules {
  minLength?: number;
  maxLength?: number;
  /** A regular expression the whole value must match, with the message shown when it does not. */
  pattern?: { regex: string; message: string };
  min?: number;
  max?: number;
  date?: DateRule;
  /** Overrides the standard message of the date rule (e.g. what to do about an expired licence). */
  dateMessage?: string;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface FormField {
  /** Key of the value in the form's data and in placeholders (`{formulir.<code>}`). */
  code: string;
  kind: FieldKind;
  label: string;
  help?: string;
  required: boolean;
  options?: SelectOption[];
  rules?: FieldRules;
  /** The field is asked (and judged) only when the condition holds. */
  showIf?: FieldCondition;
  /** The field becomes required when the condition holds. */
  requireIf?: FieldCondition;
}

/** The stored value of each field kind: text kinds as strings, YES_NO a boolean, NUMBER a number. */
export type FieldValue = string | number | boolean | null;
export type FormValues = Record<string, FieldValue | undefined>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD naming a day that exists (Date.parse would take 31 February as 3 March). */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

export function conditionHolds(condition: FieldCondition | undefined, values: FormValues): boolean {
  if (!condition) return true;
  const value = values[condition.field];
  if (typeof condition.equals === "boolean") return (value === true) === condition.equals;
  return value === condition.equals;
}

/** Whether the field is asked, given the other answers: a hidden field is neither judged nor kept. */
export function fieldShown(field: FormField, values: FormValues): boolean {
  return conditionHolds(field.showIf, values);
}

export function fieldRequired(field: FormField, values: FormValues): boolean {
  if (!fieldShown(field, values)) return false;
  return field.required || (field.requireIf !== undefined && conditionHolds(field.requireIf, values));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * Reads what a form posted (strings from an HTML form without JavaScript, typed values from a
 * client) into the stored shape, without judging it: "ya"/"on"/"true" → true, digits → number.
 */
export function coerceFieldValue(field: FormField, raw: unknown): FieldValue | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  switch (field.kind) {
    case "YES_NO":
      if (typeof raw === "boolean") return raw;
      if (typeof raw === "string") {
        const v = raw.trim().toLowerCase();
        if (["ya", "on", "true", "1"].includes(v)) return true;
        if (["tidak", "false", "0"].includes(v)) return false;
        if (v === "") return null;
      }
      return raw as FieldValue;
    case "NUMBER":
      if (typeof raw === "number") return raw;
      if (typeof raw === "string") {
        const v = raw.trim().replace(/\./g, "").replace(",", ".");
        if (v === "") return null;
        const n = Number(v);
        return Number.isFinite(n) ? n : raw;
      }
      return raw as FieldValue;
    default:
      return typeof raw === "string" ? raw.trim() : (raw as FieldValue);
  }
}

type Ctx = z.RefinementCtx;

function judgeText(field: FormField, value: string, ctx: Ctx, path: string[]): string {
  const rules = field.rules ?? {};
  const max = rules.maxLength ?? FIELD_KIND_INFO[field.kind].maxLength;
  if (value.length > max) ctx.addIssue({ code: "custom", path, message: `${field.label} paling panjang ${max} karakter.` });
  if (rules.minLength !== undefined && value.length < rules.minLength) {
    ctx.addIssue({ code: "custom", path, message: `${field.label} paling sedikit ${rules.minLength} karakter.` });
  }
  if (rules.pattern && !new RegExp(`^(?:${rules.pattern.regex})$`, "u").test(value)) {
    ctx.addIssue({ code: "custom", path, message: rules.pattern.message });
  }
  return value;
}

function judgeDate(field: FormField, value: string, today: string, ctx: Ctx, path: string[]): void {
  if (!isCalendarDate(value)) {
    ctx.addIssue({ code: "custom", path, message: `${field.label}: tanggal tidak valid.` });
    return;
  }
  const rule = field.rules?.date;
  const custom = field.rules?.dateMessage;
  if (rule === "PAST" && !(value < today)) ctx.addIssue({ code: "custom", path, message: custom ?? `${field.label} harus sebelum hari ini.` });
  if (rule === "NOT_FUTURE" && value > today) ctx.addIssue({ code: "custom", path, message: custom ?? `${field.label} tidak boleh setelah hari ini.` });
  if (rule === "FUTURE" && !(value > today)) ctx.addIssue({ code: "custom", path, message: custom ?? `${field.label} harus setelah hari ini.` });
  if (rule === "NOT_EXPIRED" && value < today) ctx.addIssue({ code: "custom", path, message: custom ?? `${field.label} sudah lewat; masa berlakunya harus sampai hari ini atau sesudahnya.` });
}

/** Judges one present value of a field and returns the value to keep (normalised). */
function judgeValue(field: FormField, value: FieldValue, today: string | null, ctx: Ctx): FieldValue {
  const path = [field.code];
  const label = field.label;
  switch (field.kind) {
    case "YES_NO":
      if (typeof value !== "boolean") ctx.addIssue({ code: "custom", path, message: `${label}: pilih ya atau tidak.` });
      return value;
    case "NUMBER": {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        ctx.addIssue({ code: "custom", path, message: `${label} harus berupa angka.` });
        return value;
      }
      const { min, max } = field.rules ?? {};
      if (min !== undefined && value < min) ctx.addIssue({ code: "custom", path, message: `${label} paling kecil ${min}.` });
      if (max !== undefined && value > max) ctx.addIssue({ code: "custom", path, message: `${label} paling besar ${max}.` });
      return value;
    }
    default:
      break;
  }
  if (typeof value !== "string") {
    ctx.addIssue({ code: "custom", path, message: `${label} tidak valid.` });
    return value;
  }
  switch (field.kind) {
    case "DATE":
      if (today === null) {
        if (!ISO_DATE.test(value)) ctx.addIssue({ code: "custom", path, message: `${label}: tanggal tidak valid.` });
      } else judgeDate(field, value, today, ctx, path);
      return value;
    case "TIME":
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) ctx.addIssue({ code: "custom", path, message: `${label}: isi jam (JJ:MM), mis. 09:30.` });
      return value;
    case "NIK": {
      const checked = checkNik(value);
      if (!checked.ok) {
        if (today !== null) ctx.addIssue({ code: "custom", path, message: checked.message });
        return value;
      }
      return checked.nik;
    }
    case "NIB": {
      const nib = value.replace(/[\s.-]/g, "");
      if (today !== null && !/^\d{13}$/.test(nib)) ctx.addIssue({ code: "custom", path, message: `${label} harus terdiri dari 13 angka.` });
      return nib;
    }
    case "PHONE": {
      if (today === null) return judgeText(field, value, ctx, path);
      const parsed = mobileNumberSchema.safeParse(value);
      if (!parsed.success) ctx.addIssue({ code: "custom", path, message: parsed.error.issues[0]?.message ?? `${label} tidak valid.` });
      return parsed.success ? parsed.data : value;
    }
    case "EMAIL": {
      if (today === null) return judgeText(field, value, ctx, path);
      const parsed = emailSchema.safeParse(value);
      if (!parsed.success) ctx.addIssue({ code: "custom", path, message: `${label}: alamat email tidak valid.` });
      return parsed.success ? parsed.data : value;
    }
    case "SELECT": {
      const options = field.options ?? [];
      if (!options.some((o) => o.value === value)) ctx.addIssue({ code: "custom", path, message: `${label}: pilih salah satu pilihan yang tersedia.` });
      return value;
    }
    default:
      return judgeText(field, value, ctx, path);
  }
}

export type FormMode =
  /** A draft being filled: anything may still be empty; only what is there must fit its kind. */
  | { stage: "draft" }
  /** Submission: required fields, rules and conditions, with `today` the office's local date. */
  | { stage: "submit"; today: string };

/**
 * The zod schema of a form built from its descriptors. Its output keeps only the fields the form
 * has (and, at submission, only those shown), normalised; every problem is reported at the field's
 * code with an Indonesian message.
 */
export function formSchema(fields: readonly FormField[], mode: FormMode): z.ZodType<Record<string, FieldValue>> {
  const today = mode.stage === "submit" ? mode.today : null;
  return z.record(z.string(), z.unknown()).transform((input, ctx) => {
    const values: FormValues = {};
    for (const field of fields) values[field.code] = coerceFieldValue(field, input[field.code]);
    const out: Record<string, FieldValue> = {};
    for (const field of fields) {
      const value = values[field.code];
      if (today !== null && !fieldShown(field, values)) continue;
      if (value === undefined || isEmpty(value)) {
        if (today !== null && fieldRequired(field, values)) {
          const message = field.kind === "SELECT" || field.kind === "YES_NO" ? `${field.label} wajib dipilih.` : `${field.label} wajib diisi.`;
          ctx.addIssue({ code: "custom", path: [field.code], message });
        }
        if (value !== undefined) out[field.code] = field.kind === "YES_NO" || field.kind === "NUMBER" ? null : "";
        continue;
      }
      out[field.code] = judgeValue(field, value, today, ctx);
    }
    return out;
  });
}

/** The value of a field as a person reads it (on a letter, a review page, a CSV). */
export function displayFieldValue(field: FormField, value: FieldValue | undefined): string {
  if (value === undefined || value === null || value === "") return "-";
  switch (field.kind) {
    case "YES_NO":
      return value === true ? "Ya" : "Tidak";
    case "SELECT":
      return field.options?.find((o) => o.value === value)?.label ?? String(value);
    case "DATE":
      return typeof value === "string" ? formatCalendarDate(value) : String(value);
    case "NUMBER":
      return typeof value === "number" ? value.toLocaleString("id-ID") : String(value);
    default:
      return String(value);
  }
}

