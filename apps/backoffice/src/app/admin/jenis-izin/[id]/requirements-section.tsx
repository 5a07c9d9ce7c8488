"use client";
import { ACCEPTED_MIME_TYPES, applicationFields, MAX_REQUIREMENT_BYTES, type PermitTypeDefinition, type RequirementDefinition } from "@perizinan/domain";
import { Button } from "@perizinan/ui";
import { CheckboxGroup } from "../../form-bits";
import { Choice, ItemButtons, ItemProblems, NumberInput, Section, TextInput, useProblem } from "./controls";
import { moveAt, newRequirement, removeAt, replaceAt, withOptional } from "./definition-edits";
import { ConditionEditor } from "./field-list-editor";

type Mime = (typeof ACCEPTED_MIME_TYPES)[number];
const MIME_OPTIONS: ReadonlyArray<{ value: Mime; label: string }> = [
  { value: "application/pdf", label: "PDF" },
  { value: "image/jpeg", label: "JPG" },
  { value: "image/png", label: "PNG" },
];
const MB = 1024 * 1024;

/** The documents an applicant uploads: what each is, what files it takes, when it is asked. */
export function RequirementsSection({ def, onChange }: { def: PermitTypeDefinition; onChange: (requirements: RequirementDefinition[]) => void }) {
  const list = def.requirements;
  return (
    <Section id="persyaratan" title="Persyaratan" intro="Dokumen yang diunggah pemohon. Berkas yang sudah berjalan tetap memakai persyaratan versinya.">
      <ItemProblems path="requirements" />
      {list.length === 0 ? <p className="text-sm text-gray-700">Belum ada persyaratan.</p> : null}
      <ol className="flex flex-col gap-3">
        {list.map((req, i) => (
          <li key={i}>
            <RequirementEditor
              req={req}
              index={i}
              count={list.length}
              def={def}
              onChange={(next) => onChange(replaceAt(list, i, next))}
              onMove={(d) => onChange(moveAt(list, i, d))}
              onRemove={() => onChange(removeAt(list, i))}
            />
          </li>
        ))}
      </ol>
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...list, newRequirement(list.map((r) => r.code))])}>
          Tambah persyaratan
        </Button>
      </div>
    </Section>
  );
}

function RequirementEditor({
  req,
  index,
  count,
  def,
  onChange,
  onMove,
  onRemove,
}: {
  req: RequirementDefinition;
  index: number;
  count: number;
  def: PermitTypeDefinition;
  onChange: (req: RequirementDefinition) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const path = `requirements.${index}`;
  const mimeError = useProblem(`${path}.mimeTypes`);
  const when = req.required ? "ALWAYS" : req.requiredIf ? "IF" : "OPTIONAL";
  return (
    <fieldset className="min-w-0 rounded-md border border-gray-300 p-3" data-testid={`requirement-${index}`}>
      <legend className="px-1 font-semibold break-words">
        Persyaratan {index + 1}
        {req.label ? `: ${req.label}` : ""}
      </legend>
      <div className="flex flex-col gap-3">
        <ItemProblems path={path} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput label="Kode persyaratan" path={`${path}.code`} hint="Huruf besar, angka, - dan _, mis. KTP." value={req.code} onChange={(code) => onChange({ ...req, code: code.trim().toUpperCase() })} />
          <TextInput label="Nama persyaratan" path={`${path}.label`} value={req.label} onChange={(label) => onChange({ ...req, label })} />
          <TextInput label="Keterangan untuk pemohon" path={`${path}.help`} className="sm:col-span-2" value={req.help ?? ""} onChange={(help) => onChange(withOptional(req, "help", help === "" ? undefined : help))} />
          <Choice
            label="Jenis persyaratan"
            path={`${path}.kind`}
            value={req.kind}
            options={[
              { value: "DOCUMENT", label: "Dokumen" },
              { value: "PHOTO", label: "Pas foto (dicetak pada surat)" },
            ]}
            onChange={(kind) => kind && onChange({ ...req, kind, ...(kind === "PHOTO" ? { mimeTypes: req.mimeTypes.filter((m) => m.startsWith("image/")) } : {}) })}
          />
          <NumberInput
            label="Ukuran maksimum (MB)"
            path={`${path}.maxBytes`}
            hint={`Paling besar ${MAX_REQUIREMENT_BYTES / MB} MB.`}
            value={Math.round(req.maxBytes / MB)}
            onChange={(mb) => onChange({ ...req, maxBytes: mb === null ? 0 : mb * MB })}
          />
        </div>
        <CheckboxGroup
          legend="Jenis berkas yang diterima"
          options={MIME_OPTIONS}
          value={req.mimeTypes.filter((m): m is Mime => (ACCEPTED_MIME_TYPES as readonly string[]).includes(m))}
          onChange={(mimeTypes) => onChange({ ...req, mimeTypes: ACCEPTED_MIME_TYPES.filter((m) => mimeTypes.includes(m)) })}
          error={mimeError}
        />
        <Choice
          label="Kapan diminta"
          path={`${path}.required`}
          value={when}
          options={[
            { value: "ALWAYS", label: "Selalu wajib" },
            { value: "IF", label: "Wajib bila jawaban formulir…" },
            { value: "OPTIONAL", label: "Tidak wajib" },
          ]}
          onChange={(w) => {
            const { requiredIf: _drop, ...rest } = req;
            if (w === "ALWAYS") onChange({ ...rest, required: true });
            else if (w === "OPTIONAL") onChange({ ...rest, required: false });
            else onChange({ ...rest, required: false, requiredIf: req.requiredIf ?? { field: "", equals: "" } });
          }}
        />
        {when === "IF" ? (
          <ConditionEditor
            title="Wajib bila"
            path={`${path}.requiredIf`}
            condition={req.requiredIf}
            candidates={applicationFields(def)}
            onChange={(requiredIf) => onChange(requiredIf ? { ...req, requiredIf } : { ...withOptional(req, "requiredIf", undefined) })}
          />
        ) : null}
        <ItemButtons what={`persyaratan ${index + 1}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </div>
    </fieldset>
  );
}
