"use client";
import { DATE_RULES, FIELD_KIND_INFO, FIELD_KINDS, type DateRule, type FieldCondition, type FieldKind, type FormField, type SelectOption } from "@perizinan/domain";
import { Button } from "@perizinan/ui";
import { Choice, ItemButtons, ItemProblems, NumberInput, TextInput, Tick, useProblem } from "./controls";
import { moveAt, newField, removeAt, replaceAt, withKind, withOptional, withRule } from "./definition-edits";

const KIND_OPTIONS = FIELD_KINDS.map((kind) => ({ value: kind, label: FIELD_KIND_INFO[kind].label }));

export const DATE_RULE_LABELS: Record<DateRule, string> = {
  PAST: "Sebelum hari ini (mis. tanggal lahir)",
  NOT_FUTURE: "Paling lambat hari ini",
  FUTURE: "Setelah hari ini",
  NOT_EXPIRED: "Hari ini atau sesudahnya (belum kedaluwarsa)",
};

const TEXT_KINDS: readonly FieldKind[] = ["TEXT", "LONG_TEXT", "ADDRESS"];

/** A path as a test id: "form.2" → "form-2". */
export const testIdOf = (path: string) => path.replace(/\./g, "-");

/**
 * Field descriptors as a list an administrator edits: the application form, or a step's officer
 * fields. `preceding` are the fields asked before the list (the applicant's identity), which a
 * condition may name too.
 */
export function FieldListEditor({
  fields,
  onChange,
  basePath,
  preceding = [],
  addLabel = "Tambah isian",
}: {
  fields: readonly FormField[];
  onChange: (fields: FormField[]) => void;
  basePath: string;
  preceding?: readonly FormField[];
  addLabel?: string;
}) {
  return (
    <div className="flex flex-col gap-3">
      <ItemProblems path={basePath} />
      {fields.length === 0 ? <p className="text-sm text-gray-700">Belum ada isian.</p> : null}
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => (
          <li key={i}>
            <FieldEditor
              field={field}
              index={i}
              count={fields.length}
              path={`${basePath}.${i}`}
              earlier={[...preceding, ...fields.slice(0, i)]}
              onChange={(next) => onChange(replaceAt(fields, i, next))}
              onMove={(delta) => onChange(moveAt(fields, i, delta))}
              onRemove={() => onChange(removeAt(fields, i))}
            />
          </li>
        ))}
      </ol>
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...fields, newField([...preceding, ...fields].map((f) => f.code))])}>
          {addLabel}
        </Button>
      </div>
    </div>
  );
}

function FieldEditor({
  field,
  index,
  count,
  path,
  earlier,
  onChange,
  onMove,
  onRemove,
}: {
  field: FormField;
  index: number;
  count: number;
  path: string;
  earlier: readonly FormField[];
  onChange: (field: FormField) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const name = `isian ${index + 1}${field.label ? ` (${field.label})` : ""}`;
  return (
    <fieldset className="min-w-0 rounded-md border border-gray-300 p-3" data-testid={`field-${testIdOf(path)}`}>
      <legend className="px-1 font-semibold break-words">
        Isian {index + 1}
        {field.label ? `: ${field.label}` : ""}
      </legend>
      <div className="flex flex-col gap-3">
        <ItemProblems path={path} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Choice label="Jenis isian" path={`${path}.kind`} value={field.kind} options={KIND_OPTIONS} onChange={(kind) => kind && onChange(withKind(field, kind))} />
          <TextInput label="Kode isian" path={`${path}.code`} hint="Huruf dan angka tanpa spasi, mis. namaUsaha; dipakai pada surat sebagai {formulir.kode}." value={field.code} onChange={(code) => onChange({ ...field, code: code.trim() })} />
          <TextInput label="Label isian" path={`${path}.label`} value={field.label} onChange={(label) => onChange({ ...field, label })} />
          <TextInput label="Keterangan bantuan" path={`${path}.help`} value={field.help ?? ""} onChange={(help) => onChange(withOptional(field, "help", help === "" ? undefined : help))} />
        </div>
        <Tick label="Wajib diisi" path={`${path}.required`} checked={field.required} onChange={(required) => onChange({ ...field, required })} />
        <RulesEditor field={field} path={path} onChange={onChange} />
        {field.kind === "SELECT" ? <OptionsEditor options={field.options ?? []} path={`${path}.options`} onChange={(options) => onChange({ ...field, options })} /> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <ConditionEditor
            title="Tampilkan hanya bila"
            path={`${path}.showIf`}
            condition={field.showIf}
            candidates={earlier}
            onChange={(showIf) => onChange(withOptional(field, "showIf", showIf))}
          />
          <ConditionEditor
            title="Wajib hanya bila"
            path={`${path}.requireIf`}
            condition={field.requireIf}
            candidates={earlier}
            onChange={(requireIf) => onChange(withOptional(field, "requireIf", requireIf))}
          />
        </div>
        <ItemButtons what={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
    </fieldset>
  );
}

function RulesEditor({ field, path, onChange }: { field: FormField; path: string; onChange: (field: FormField) => void }) {
  const rules = field.rules ?? {};
  const general = useProblem(`${path}.rules`);
  const at = `${path}.rules`;
  let inputs = null;
  if (TEXT_KINDS.includes(field.kind)) {
    inputs = (
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberInput label="Panjang minimum (karakter)" path={`${at}.minLength`} value={rules.minLength} onChange={(n) => onChange(withRule(field, "minLength", n ?? undefined))} />
        <NumberInput
          label="Panjang maksimum (karakter)"
          path={`${at}.maxLength`}
          hint={`Bila kosong: ${FIELD_KIND_INFO[field.kind].maxLength}.`}
          value={rules.maxLength}
          onChange={(n) => onChange(withRule(field, "maxLength", n ?? undefined))}
        />
        <TextInput
          label="Pola (regular expression)"
          path={`${at}.pattern.regex`}
          hint="Opsional; seluruh isian harus cocok, mis. [0-9]{16}."
          value={rules.pattern?.regex ?? ""}
          onChange={(regex) => onChange(withRule(field, "pattern", regex === "" && !rules.pattern?.message ? undefined : { regex, message: rules.pattern?.message ?? "" }))}
        />
        <TextInput
          label="Pesan bila pola tidak cocok"
          path={`${at}.pattern.message`}
          value={rules.pattern?.message ?? ""}
          onChange={(message) => onChange(withRule(field, "pattern", message === "" && !rules.pattern?.regex ? undefined : { regex: rules.pattern?.regex ?? "", message }))}
        />
      </div>
    );
  } else if (field.kind === "NUMBER") {
    inputs = (
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberInput label="Nilai minimum" path={`${at}.min`} value={rules.min} onChange={(n) => onChange(withRule(field, "min", n ?? undefined))} />
        <NumberInput label="Nilai maksimum" path={`${at}.max`} value={rules.max} onChange={(n) => onChange(withRule(field, "max", n ?? undefined))} />
      </div>
    );
  } else if (field.kind === "DATE") {
    inputs = (
      <div className="grid gap-3 sm:grid-cols-2">
        <Choice<DateRule>
          label="Aturan tanggal"
          path={`${at}.date`}
          value={rules.date ?? ""}
          options={[{ value: "", label: "Tanpa aturan" }, ...DATE_RULES.map((r) => ({ value: r, label: DATE_RULE_LABELS[r] }))]}
          onChange={(date) => onChange(withRule(field, "date", date === "" ? undefined : date))}
        />
        <TextInput
          label="Pesan bila aturan tanggal dilanggar"
          path={`${at}.dateMessage`}
          hint="Opsional; bila kosong dipakai pesan baku."
          value={rules.dateMessage ?? ""}
          onChange={(m) => onChange(withRule(field, "dateMessage", m === "" ? undefined : m))}
        />
      </div>
    );
  }
  if (!inputs && !general) return null;
  return (
    <div className="flex flex-col gap-2">
      {general ? <p className="text-sm text-red-800">{general}</p> : null}
      {inputs}
    </div>
  );
}

function OptionsEditor({ options, path, onChange }: { options: readonly SelectOption[]; path: string; onChange: (options: SelectOption[]) => void }) {
  const error = useProblem(path);
  return (
    <fieldset className="min-w-0 rounded-md border border-gray-200 p-3">
      <legend className="px-1 text-sm font-medium">Pilihan</legend>
      {error ? <p className="mb-2 text-sm text-red-800">{error}</p> : null}
      <ol className="flex flex-col gap-2">
        {options.map((o, i) => (
          <li key={i} className="grid items-end gap-2 sm:grid-cols-[1fr_2fr_auto]">
            <TextInput label={`Nilai pilihan ${i + 1}`} path={`${path}.${i}.value`} value={o.value} onChange={(value) => onChange(replaceAt(options, i, { ...o, value }))} />
            <TextInput label={`Teks pilihan ${i + 1}`} path={`${path}.${i}.label`} value={o.label} onChange={(label) => onChange(replaceAt(options, i, { ...o, label }))} />
            <Button type="button" variant="secondary" className="text-red-800" aria-label={`Hapus pilihan ${i + 1}`} onClick={() => onChange(removeAt(options, i))}>
              Hapus
            </Button>
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" className="mt-2" onClick={() => onChange([...options, { value: "", label: "" }])}>
        Tambah pilihan
      </Button>
    </fieldset>
  );
}

/** The value a condition compares with, as the select or text input shows it. */
const equalsText = (equals: string | boolean) => (typeof equals === "boolean" ? (equals ? "true" : "false") : equals);

/**
 * "Show (or require) when field X = value": X among the fields asked before this one; the value
 * Ya/Tidak for a yes/no field, one of a choice's options, else text.
 */
export function ConditionEditor({
  title,
  path,
  condition,
  candidates,
  onChange,
}: {
  title: string;
  path: string;
  condition: FieldCondition | undefined;
  candidates: readonly FormField[];
  onChange: (condition: FieldCondition | undefined) => void;
}) {
  const general = useProblem(path);
  const target = condition ? candidates.find((f) => f.code === condition.field) : undefined;
  const fieldOptions = [
    { value: "", label: condition && condition.field === "" ? "— Pilih isian —" : "— Selalu (tanpa syarat) —" },
    ...candidates.map((f) => ({ value: f.code, label: `${f.label || "(tanpa label)"} (${f.code})` })),
    ...(condition && condition.field !== "" && !target ? [{ value: condition.field, label: `${condition.field} (tidak ada sebelum isian ini)` }] : []),
  ];
  function pick(code: string) {
    if (code === "") return onChange(undefined);
    const f = candidates.find((c) => c.code === code);
    const equals: string | boolean = f?.kind === "YES_NO" ? true : f?.kind === "SELECT" ? (f.options?.[0]?.value ?? "") : "";
    onChange({ field: code, equals });
  }
  return (
    <div className="flex min-w-0 flex-col gap-2 rounded-md border border-gray-200 p-3">
      {general ? <p className="text-sm text-red-800">{general}</p> : null}
      <Choice label={`${title} isian`} path={`${path}.field`} value={condition?.field ?? ""} options={fieldOptions} onChange={pick} />
      {condition ? (
        target?.kind === "YES_NO" || typeof condition.equals === "boolean" ? (
          <Choice
            label={`${title} bernilai`}
            path={`${path}.equals`}
            value={equalsText(condition.equals)}
            options={[
              { value: "true", label: "Ya" },
              { value: "false", label: "Tidak" },
            ]}
            onChange={(v) => onChange({ ...condition, equals: v === "true" })}
          />
        ) : target?.kind === "SELECT" ? (
          <Choice
            label={`${title} bernilai`}
            path={`${path}.equals`}
            value={equalsText(condition.equals)}
            options={[{ value: "", label: "— Pilih —" }, ...(target.options ?? []).map((o) => ({ value: o.value, label: o.label || o.value }))]}
            onChange={(v) => onChange({ ...condition, equals: v })}
          />
        ) : (
          <TextInput label={`${title} bernilai`} path={`${path}.equals`} value={equalsText(condition.equals)} onChange={(v) => onChange({ ...condition, equals: v })} />
        )
      ) : null}
    </div>
  );
}
