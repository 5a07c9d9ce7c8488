"use client";
import { useId, useMemo, useState, type ReactNode } from "react";
import { displayFieldValue, fieldRequired, fieldShown, type FieldValue, type FormField, type FormValues } from "@perizinan/domain";
import { cn } from "./cn";
import { Field, Select, TextArea } from "./field";

export type { FormValues } from "@perizinan/domain";

/** A stored value as the form reads it: anything that is not a field value (an object, a file) as absent. */
function fieldValueOf(value: unknown): FieldValue | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  return undefined;
}

/** The saved form (as the API returns it) as field values. */
export function toFormValues(saved: Readonly<Record<string, unknown>>): FormValues {
  const out: FormValues = {};
  for (const [code, value] of Object.entries(saved)) out[code] = fieldValueOf(value);
  return out;
}

/**
 * The form being edited: what the server has until the first change, then the person's edits
 * (later reloads of the file no longer overwrite them). `values` is null while nothing is loaded.
 */
export function useFormDraft(saved: Readonly<Record<string, unknown>> | undefined) {
  const [edited, setEdited] = useState<FormValues | null>(null);
  const loaded = useMemo(() => (saved ? toFormValues(saved) : undefined), [saved]);
  function change(code: string, value: FieldValue) {
    setEdited((current) => ({ ...(current ?? loaded), [code]: value }));
  }
  return { values: edited ?? loaded ?? null, change };
}

/** What a browser may fill in for the applicant's own identity fields. */
const IDENTITY_AUTOCOMPLETE: Record<string, string> = {
  fullName: "name",
  birthDate: "bday",
  address: "street-address",
  phone: "tel",
  email: "email",
  businessName: "organization",
};

/** The day `days` after an ISO date (YYYY-MM-DD), for the date picker's bounds. */
function shiftIsoDate(iso: string, days: number): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The date picker's bounds from the field's date rule; the server judges the rule again. */
function dateBounds(field: FormField, today: string | undefined): { min?: string; max?: string } {
  if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return {};
  switch (field.rules?.date) {
    case "PAST":
      return { max: shiftIsoDate(today, -1) };
    case "NOT_FUTURE":
      return { max: today };
    case "FUTURE":
      return { min: shiftIsoDate(today, 1) };
    case "NOT_EXPIRED":
      return { min: today };
    default:
      return {};
  }
}

/** A number as the person types it back: the decimal comma the server reads (a dot is a thousands separator). */
function inputText(field: FormField, value: FieldValue | undefined): string {
  if (value === undefined || value === null || typeof value === "boolean") return "";
  if (typeof value === "number") return field.kind === "NUMBER" ? String(value).replace(".", ",") : String(value);
  return value;
}

function LabelText({ label, required }: { label: string; required: boolean }) {
  return (
    <>
      {label}
      {required ? <span className="font-normal text-gray-700"> (wajib)</span> : null}
    </>
  );
}

export interface DefinedFormFieldsProps {
  /** The form's descriptors, in the order the person fills them. */
  fields: readonly FormField[];
  values: FormValues;
  /** Messages keyed by field code. */
  errors: Readonly<Record<string, string | undefined>>;
  /** YES_NO gives a boolean, every other kind the text typed or chosen (the server reads numbers). */
  onChange: (code: string, value: string | boolean) => void;
  /** Prefix of the radio groups' names and ids, when two forms share a page (default: a unique one). */
  idPrefix?: string;
  /**
   * Whether the browser may offer its saved name, address and number. False where the person
   * typing is not the person described (the counter, an officer's step output).
   */
  autoFill?: boolean;
  /** The office's today (YYYY-MM-DD): date pickers then keep to the field's date rule. */
  today?: string;
}

/** A yes/no question: two radios, neither chosen until the person chooses. */
function YesNoField({
  field,
  value,
  required,
  error,
  groupId,
  onChange,
}: {
  field: FormField;
  value: FieldValue | undefined;
  required: boolean;
  error: string | undefined;
  groupId: string;
  onChange: (value: boolean) => void;
}) {
  const describedBy = [field.help ? `${groupId}-hint` : null, error ? `${groupId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    // A radiogroup (named by its legend) may carry "required" and "invalid"; a plain group may not.
    <fieldset role="radiogroup" aria-labelledby={`${groupId}-legend`} aria-required={required || undefined} aria-invalid={error ? true : undefined} className="min-w-0">
      <legend id={`${groupId}-legend`} className="mb-1 text-sm font-medium break-words text-gray-900">
        <LabelText label={field.label} required={required} />
      </legend>
      {field.help ? (
        <p id={`${groupId}-hint`} className="mb-1 text-xs text-gray-700">
          {field.help}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-6">
        {([true, false] as const).map((choice) => (
          <label key={String(choice)} className="flex min-h-11 items-center gap-2 text-base text-gray-900">
            <input
              type="radio"
              className="h-5 w-5"
              name={groupId}
              value={choice ? "ya" : "tidak"}
              checked={value === choice}
              aria-describedby={describedBy}
              onChange={() => onChange(choice)}
            />
            {choice ? "Ya" : "Tidak"}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${groupId}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * A form drawn from its descriptors: every field the other answers make shown, in order, two
 * columns on a wide screen and one on a phone; long text and addresses take a whole row. Nothing is
 * chosen for the person: a choice starts at "— Pilih —", a yes/no with neither ticked.
 */
export function DefinedFormFields({ fields, values, errors, onChange, idPrefix, autoFill = true, today }: DefinedFormFieldsProps) {
  const autoId = useId();
  const base = idPrefix ?? autoId;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {fields.map((field) => {
        if (!fieldShown(field, values)) return null;
        const { code } = field;
        const value = values[code];
        const required = fieldRequired(field, values);
        const error = errors[code];
        const label: ReactNode = <LabelText label={field.label} required={required} />;
        const common = {
          name: code,
          label,
          hint: field.help,
          error,
          "aria-required": required || undefined,
          className: "min-w-0",
        } as const;
        const text = inputText(field, value);
        const set = (next: string) => onChange(code, next);
        // Where someone else's data is typed, the browser offers nothing of its own.
        const free = autoFill ? undefined : "off";
        const identity = autoFill ? IDENTITY_AUTOCOMPLETE[code] : "off";
        switch (field.kind) {
          case "YES_NO":
            return <YesNoField key={code} field={field} value={value} required={required} error={error} groupId={`${base}-${code}`} onChange={(v) => onChange(code, v)} />;
          case "LONG_TEXT":
          case "ADDRESS":
            return (
              <TextArea
                key={code}
                {...common}
                className="min-w-0 sm:col-span-2"
                autoComplete={field.kind === "ADDRESS" ? identity : free}
                value={text}
                onChange={(e) => set(e.target.value)}
              />
            );
          case "SELECT": {
            const options = field.options ?? [];
            // A saved answer the form no longer offers stays visible rather than silently blank.
            const stale = text !== "" && !options.some((o) => o.value === text) ? [{ value: text, label: text }] : [];
            return (
              <Select
                key={code}
                {...common}
                options={[{ value: "", label: "— Pilih —" }, ...options, ...stale]}
                value={text}
                onChange={(e) => set(e.target.value)}
              />
            );
          }
          case "NUMBER":
            return <Field key={code} {...common} type="text" inputMode="decimal" autoComplete={free} value={text} onChange={(e) => set(e.target.value)} />;
          case "DATE":
            return <Field key={code} {...common} type="date" {...dateBounds(field, today)} autoComplete={identity} value={text} onChange={(e) => set(e.target.value)} />;
          case "TIME":
            return <Field key={code} {...common} type="time" autoComplete={free} value={text} onChange={(e) => set(e.target.value)} />;
          case "NIK":
          case "NIB":
            return <Field key={code} {...common} type="text" inputMode="numeric" autoComplete={free} value={text} onChange={(e) => set(e.target.value)} />;
          case "PHONE":
            return <Field key={code} {...common} type="tel" autoComplete={autoFill ? "tel" : "off"} value={text} onChange={(e) => set(e.target.value)} />;
          case "EMAIL":
            return <Field key={code} {...common} type="email" autoComplete={autoFill ? "email" : "off"} value={text} onChange={(e) => set(e.target.value)} />;
          default:
            return <Field key={code} {...common} type="text" autoComplete={identity} value={text} onChange={(e) => set(e.target.value)} />;
        }
      })}
    </div>
  );
}

/**
 * The answers of a form, read-only: each shown field's label above its value on a phone, beside
 * it on a wide screen. Long values wrap between words; only a single overlong token (an email, a
 * number) is wrapped inside.
 */
export function FormAnswers({ fields, values, className }: { fields: readonly FormField[]; values: Readonly<Record<string, unknown>>; className?: string }) {
  const answers = toFormValues(values);
  return (
    <dl data-testid="form-answers" className={cn("divide-y divide-gray-200", className)}>
      {fields.map((field) =>
        fieldShown(field, answers) ? (
          <div key={field.code} className="grid gap-x-4 gap-y-0.5 py-2 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            <dt className="min-w-0 text-sm break-words text-gray-700">{field.label}</dt>
            <dd className={cn("min-w-0 font-medium break-words text-gray-900", field.kind === "LONG_TEXT" || field.kind === "ADDRESS" ? "whitespace-pre-line" : null)}>
              {displayFieldValue(field, answers[field.code])}
            </dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}
