"use client";
import { APPLICANT_IDENTITY_FIELDS, applicationFields, VALIDITY_KIND_LABELS, VALIDITY_KINDS, type PermitTypeDefinition, type ValidityRule } from "@perizinan/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { Choice, LinesInput, LongText, NumberInput, Section, TextInput, useProblem } from "./controls";

/**
 * The agency that assesses the type, chosen from the office's (Administrasi → Instansi Teknis).
 * An administrator without access to that list types the code; a code the office does not have
 * stays shown, so a copied definition says what it named.
 */
function AgencyChoice({ value, onChange }: { value: string | null; onChange: (code: string | null) => void }) {
  const trpc = useTRPC();
  const agencies = useQuery({ ...trpc.admin.agencies.list.queryOptions(), retry: false });
  const hint = "Instansi yang menilai permohonan; anggota Tim Teknisnya yang dapat ditugaskan. Kosongkan bila tidak ada.";
  if (!agencies.data) {
    return (
      <TextInput
        label="Kode instansi teknis"
        path="technicalAgency"
        hint={hint}
        value={value ?? ""}
        onChange={(code) => onChange(code.trim() === "" ? null : code.trim().toUpperCase())}
      />
    );
  }
  const known = agencies.data.agencies.map((a) => ({ value: a.code, label: `${a.name} (${a.code})` }));
  const unknown = value && !known.some((k) => k.value === value) ? [{ value, label: `${value} (tidak terdaftar di kantor ini)` }] : [];
  return (
    <Choice
      label="Instansi teknis"
      path="technicalAgency"
      hint={hint}
      value={value ?? ""}
      options={[{ value: "", label: "— Tidak ada —" }, ...known, ...unknown]}
      onChange={(code) => onChange(code === "" ? null : code)}
    />
  );
}

type Identity = Omit<PermitTypeDefinition, "form" | "requirements" | "flows" | "letters" | "books">;

/** Who the type is: names, numbering prefix, description, legal basis, fee, applicant, limit, validity, technical agency. */
export function IdentitySection({ def, onChange }: { def: PermitTypeDefinition; onChange: (patch: Partial<Identity>) => void }) {
  return (
    <Section id="identitas" title="Identitas">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput label="Kode jenis izin" path="code" hint="Tidak dapat diubah; untuk kode lain, buat jenis izin baru dengan menyalin yang ini." value={def.code} onChange={() => undefined} readOnly className="[&_input]:bg-gray-100" />
        <TextInput label="Nama jenis izin" path="name" value={def.name} onChange={(name) => onChange({ name })} />
        <TextInput label="Nama singkat" path="shortName" value={def.shortName} onChange={(shortName) => onChange({ shortName })} />
        <TextInput
          label="Awalan nomor registrasi"
          path="registrationPrefix"
          hint="2–6 huruf besar, mis. IMB → IMB-2612-…"
          value={def.registrationPrefix}
          onChange={(registrationPrefix) => onChange({ registrationPrefix: registrationPrefix.toUpperCase() })}
        />
      </div>
      <LongText label="Keterangan untuk pemohon" path="description" value={def.description} onChange={(description) => onChange({ description })} />
      <LinesInput label="Dasar hukum" path="legalBasis" hint="Satu peraturan per baris; dicetak setelah “Berdasarkan” pada surat." value={def.legalBasis} onChange={(legalBasis) => onChange({ legalBasis })} />
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberInput label="Biaya (rupiah)" path="feeRupiah" hint="0 bila tidak dipungut biaya." value={def.feeRupiah} onChange={(fee) => onChange({ feeRupiah: fee ?? Number.NaN })} />
        <Choice
          label="Pemohon"
          path="applicant"
          value={def.applicant}
          options={[
            { value: "PERSON", label: "Perorangan" },
            { value: "BUSINESS", label: "Badan usaha" },
          ]}
          onChange={(applicant) => applicant && onChange({ applicant })}
          hint={`Data yang ditanyakan: ${APPLICANT_IDENTITY_FIELDS[def.applicant].map((f) => f.label).join(", ")}.`}
        />
        <NumberInput
          label="Batas izin aktif per orang"
          path="activePermitLimit"
          hint="Kosongkan bila tanpa batas."
          value={def.activePermitLimit}
          onChange={(activePermitLimit) => onChange({ activePermitLimit })}
        />
        <AgencyChoice value={def.technicalAgency} onChange={(technicalAgency) => onChange({ technicalAgency })} />
      </div>
      <ValidityEditor def={def} rule={def.validity} path="validity" onChange={(validity) => onChange({ validity })} />
    </Section>
  );
}

function defaultRule(kind: ValidityRule["kind"], previous: ValidityRule): ValidityRule {
  switch (kind) {
    case "LIFETIME":
      return { kind };
    case "YEARS_FROM_ISSUE":
      return { kind, years: previous.kind === "YEARS_FROM_ISSUE" ? previous.years : 5 };
    case "UNTIL_FORM_DATE":
    case "WHILE_EMPLOYED":
      return { kind, field: "field" in previous ? previous.field : "" };
    case "EARLIEST":
      return { kind, of: [previous.kind === "EARLIEST" ? previous.of[0] : previous, { kind: "YEARS_FROM_ISSUE", years: 5 }] };
  }
}

/** The validity rule; "the earlier of two" nests two rules (each without a further nesting). */
function ValidityEditor({ def, rule, path, onChange, nested = 0 }: { def: PermitTypeDefinition; rule: ValidityRule; path: string; onChange: (rule: ValidityRule) => void; nested?: number }) {
  const error = useProblem(nested === 0 ? path : undefined);
  const kinds = nested > 0 ? VALIDITY_KINDS.filter((k) => k !== "EARLIEST") : VALIDITY_KINDS;
  const fields = applicationFields(def);
  const dateFields = fields.filter((f) => f.kind === "DATE");
  const textFields = fields.filter((f) => ["TEXT", "ADDRESS", "LONG_TEXT", "SELECT"].includes(f.kind));
  const label = nested === 0 ? "Masa berlaku izin" : `Aturan ${nested}`;
  return (
    <div className={nested === 0 ? "flex flex-col gap-3" : "flex min-w-0 flex-col gap-3 rounded-md border border-gray-200 p-3"}>
      {error ? <p className="text-sm text-red-800">{error}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Choice label={label} value={rule.kind} options={kinds.map((k) => ({ value: k, label: VALIDITY_KIND_LABELS[k] }))} onChange={(k) => k && onChange(defaultRule(k, rule))} />
        {rule.kind === "YEARS_FROM_ISSUE" ? (
          <NumberInput label={`${label}: jumlah tahun sejak terbit`} value={rule.years} onChange={(years) => onChange({ ...rule, years: years ?? 0 })} />
        ) : null}
        {rule.kind === "UNTIL_FORM_DATE" || rule.kind === "WHILE_EMPLOYED" ? (
          <Choice
            label={rule.kind === "UNTIL_FORM_DATE" ? `${label}: isian tanggal pada formulir` : `${label}: isian nama fasilitas`}
            value={rule.field}
            options={[
              { value: "", label: "— Pilih isian —" },
              ...(rule.kind === "UNTIL_FORM_DATE" ? dateFields : textFields).map((f) => ({ value: f.code, label: `${f.label || "(tanpa label)"} (${f.code})` })),
            ]}
            onChange={(field) => onChange({ ...rule, field })}
          />
        ) : null}
      </div>
      {rule.kind === "EARLIEST" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {rule.of.map((inner, i) => (
            <ValidityEditor
              key={i}
              def={def}
              rule={inner}
              path={`${path}.of.${i}`}
              nested={i + 1}
              onChange={(next) => onChange({ ...rule, of: i === 0 ? [next, rule.of[1]] : [rule.of[0], next] })}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
