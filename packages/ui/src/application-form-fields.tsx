"use client";
import { useState } from "react";
import { Field } from "./field";

/** The application form's fields, in the order a person fills them. */
export const FORM_FIELDS = [
  { name: "fullName", label: "Nama lengkap", autoComplete: "name" },
  { name: "nik", label: "NIK", inputMode: "numeric" as const },
  { name: "birthPlace", label: "Tempat lahir" },
  { name: "birthDate", label: "Tanggal lahir", type: "date" },
  { name: "address", label: "Alamat tempat tinggal", autoComplete: "street-address" },
  { name: "phone", label: "Nomor ponsel", type: "tel", autoComplete: "tel" },
  { name: "email", label: "Email", type: "email", autoComplete: "email" },
  { name: "strNumber", label: "Nomor STR Perekam Medis" },
  { name: "facilityName", label: "Nama fasilitas pelayanan kesehatan tempat bekerja" },
  { name: "facilityAddress", label: "Alamat fasilitas pelayanan kesehatan" },
] as const;

export type FormValues = Record<string, string | boolean | null | undefined>;

/**
 * The form being edited: what the server has until the first change, then the person's edits
 * (later reloads of the file no longer overwrite them). `values` is null while nothing is loaded.
 */
export function useFormDraft(saved: FormValues | undefined) {
  const [edited, setEdited] = useState<FormValues | null>(null);
  function change(name: string, value: string | boolean | null) {
    setEdited((current) => ({ ...(current ?? saved), [name]: value }));
  }
  return { values: edited ?? saved ?? null, change };
}

export function FormFields({ values, errors, onChange }: { values: FormValues; errors: Record<string, string>; onChange: (name: string, value: string | boolean | null) => void }) {
  const lifetime = values.strLifetime === true;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {FORM_FIELDS.map((f) => (
        <Field
          key={f.name}
          {...f}
          value={String(values[f.name] ?? "")}
          error={errors[f.name]}
          onChange={(e) => onChange(f.name, e.target.value)}
        />
      ))}
      <fieldset className="flex flex-col gap-2 sm:col-span-2">
        <legend className="text-sm font-medium">Masa berlaku STR</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={lifetime} onChange={(e) => onChange("strLifetime", e.target.checked)} className="h-5 w-5" />
          STR berlaku seumur hidup (diterbitkan berdasarkan UU 17/2023)
        </label>
        {lifetime ? null : (
          <Field
            name="strExpiry"
            type="date"
            label="STR berlaku sampai"
            value={String(values.strExpiry ?? "")}
            error={errors.strExpiry}
            onChange={(e) => onChange("strExpiry", e.target.value)}
          />
        )}
      </fieldset>
    </div>
  );
}
