"use client";
import { useState } from "react";
import { APPLICANT_IDENTITY_FIELDS, type FormField, type FormValues, type PermitTypeDefinition } from "@perizinan/domain";
import { DefinedFormFields } from "@perizinan/ui";
import { Section } from "./controls";
import { FieldListEditor } from "./field-list-editor";

/** The application form's own fields (after the applicant's identity), with the form as the applicant will see it. */
export function FormFieldsSection({ def, onChange }: { def: PermitTypeDefinition; onChange: (form: FormField[]) => void }) {
  const identity = APPLICANT_IDENTITY_FIELDS[def.applicant];
  return (
    <Section
      id="formulir"
      title="Formulir pemohon"
      intro={`Data pemohon (${identity.map((f) => f.label).join(", ")}) selalu ditanyakan lebih dahulu; di sini isian khusus jenis izin ini.`}
    >
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <FieldListEditor fields={def.form} onChange={onChange} basePath="form" preceding={identity} />
        <FormPreview fields={def.form} />
      </div>
    </Section>
  );
}

/** The form's own fields drawn as the portal draws them; answers here are not kept. */
function FormPreview({ fields }: { fields: readonly FormField[] }) {
  const [values, setValues] = useState<FormValues>({});
  // Half-written descriptors (no code yet, a code twice) are left out of the preview.
  const drawable = fields.filter((f, i) => f.code !== "" && fields.findIndex((g) => g.code === f.code) === i);
  return (
    <aside aria-labelledby="pratinjau-formulir" className="min-w-0 self-start rounded-md border border-dashed border-gray-400 bg-gray-50 p-3 lg:sticky lg:top-4" data-testid="form-preview">
      <h3 id="pratinjau-formulir" className="font-semibold">
        Pratinjau formulir pemohon
      </h3>
      <p className="mb-3 text-xs text-gray-700">Isian khusus jenis izin ini, seperti yang dilihat pemohon. Jawaban di sini tidak disimpan.</p>
      {drawable.length === 0 ? (
        <p className="text-sm text-gray-700">Belum ada isian.</p>
      ) : (
        <DefinedFormFields idPrefix="pratinjau" fields={drawable} values={values} errors={{}} autoFill={false} onChange={(code, value) => setValues((v) => ({ ...v, [code]: value }))} />
      )}
    </aside>
  );
}
