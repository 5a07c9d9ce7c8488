"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { Alert, Button, Card, Field, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { Checkbox, CheckboxGroup, foldFieldErrors, TextArea, useAdminNotice } from "../form-bits";

type PermitType = inferRouterOutputs<BackofficeRouter>["admin"]["permitTypes"]["list"][number];
type Requirement = PermitType["requirements"][number];
type MimeType = "application/pdf" | "image/jpeg" | "image/png";

const MIME_OPTIONS: ReadonlyArray<{ value: MimeType; label: string }> = [
  { value: "application/pdf", label: "PDF" },
  { value: "image/jpeg", label: "JPG" },
  { value: "image/png", label: "PNG" },
];
const mimeLabel = (m: string) => MIME_OPTIONS.find((o) => o.value === m)?.label ?? m;

type Values = { name: string; description: string; maxMb: string; mimeTypes: MimeType[]; required: boolean; active: boolean };

export function PermitTypesAdmin() {
  const trpc = useTRPC();
  const types = useQuery(trpc.admin.permitTypes.list.queryOptions());
  if (types.isPending) return <p>Memuat…</p>;
  if (types.isError) return <Alert tone="error">Jenis izin tidak dapat dimuat: {types.error.message}</Alert>;
  if (types.data.length === 0) return <p>Belum ada jenis izin.</p>;
  return (
    <div className="flex flex-col gap-4">
      {types.data.map((t) => (
        <PermitTypeCard key={t.id} type={t} />
      ))}
    </div>
  );
}

function PermitTypeCard({ type }: { type: PermitType }) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { notice, done } = useAdminNotice(trpc.admin.permitTypes.list.queryKey());
  const update = useMutation(
    trpc.admin.permitTypes.updateRequirement.mutationOptions({
      onSuccess: (r) => {
        setEditing(null);
        done(`Persyaratan “${r.name}” disimpan.`);
      },
    }),
  );
  const add = useMutation(
    trpc.admin.permitTypes.addRequirement.mutationOptions({
      onSuccess: (r) => {
        setAdding(false);
        done(`Persyaratan “${r.name}” ditambahkan.`);
      },
    }),
  );

  return (
    <Card title={`${type.name}${type.active ? "" : " (tidak aktif)"}`}>
      {notice ? <Alert testId="requirement-notice">{notice}</Alert> : null}
      <ol className="mt-2 flex flex-col gap-2" data-testid={`requirements-${type.code}`}>
        {type.requirements.map((r) => (
          <li key={r.id} className="rounded-md border border-gray-300 p-3" data-testid={`requirement-${r.code}`}>
            {editing === r.id ? (
              <RequirementForm
                title={`Ubah persyaratan: ${r.name}`}
                initial={valuesOf(r)}
                withActive
                pending={update.isPending}
                error={update.isError ? update.error : null}
                submitLabel="Simpan persyaratan"
                onCancel={() => setEditing(null)}
                onSubmit={(v) => update.mutate({ id: r.id, ...payload(v), active: v.active })}
              />
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="text-sm">
                  <p className="text-base font-semibold">
                    {r.position}. {r.name}
                  </p>
                  {r.description ? <p className="text-gray-700">{r.description}</p> : null}
                  <p>
                    Maks. {r.maxMb.toLocaleString("id-ID")} MB · {r.mimeTypes.map(mimeLabel).join(", ")} · {r.required ? "Wajib" : "Tidak wajib"} ·{" "}
                    {r.active ? "Aktif" : "Tidak aktif"} · {r.uploadedDocuments} dokumen terunggah
                  </p>
                </div>
                <Button
                  variant="secondary"
                  onClick={() => {
                    update.reset();
                    setEditing(r.id);
                  }}
                >
                  Ubah<span className="sr-only"> persyaratan {r.name}</span>
                </Button>
              </div>
            )}
          </li>
        ))}
      </ol>
      <div className="mt-4">
        {adding ? (
          <div className="rounded-md border border-gray-300 p-3">
            <RequirementForm
              title="Tambah persyaratan"
              initial={{ name: "", description: "", maxMb: "5", mimeTypes: ["application/pdf", "image/jpeg", "image/png"], required: true, active: true }}
              pending={add.isPending}
              error={add.isError ? add.error : null}
              submitLabel="Tambahkan"
              onCancel={() => setAdding(false)}
              onSubmit={(v) => add.mutate({ permitTypeId: type.id, ...payload(v) })}
            />
          </div>
        ) : (
          <Button
            variant="secondary"
            onClick={() => {
              add.reset();
              setAdding(true);
            }}
          >
            Tambah persyaratan<span className="sr-only"> untuk {type.name}</span>
          </Button>
        )}
      </div>
    </Card>
  );
}

function valuesOf(r: Requirement): Values {
  return {
    name: r.name,
    description: r.description,
    maxMb: String(r.maxMb),
    mimeTypes: r.mimeTypes.filter((m): m is MimeType => MIME_OPTIONS.some((o) => o.value === m)),
    required: r.required,
    active: r.active,
  };
}

function payload(v: Values) {
  return { name: v.name, description: v.description, maxMb: v.maxMb.trim() === "" ? Number.NaN : Number(v.maxMb), mimeTypes: v.mimeTypes, required: v.required };
}

function RequirementForm({
  title,
  initial,
  withActive,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: Values;
  withActive?: boolean;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: Values) => void;
  onCancel: () => void;
}) {
  const [v, setV] = useState<Values>(initial);
  const errors = error ? foldFieldErrors(fieldErrorsOf(error)) : {};
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(v);
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={title}>
      <p className="font-semibold">{title}</p>
      {error ? <Alert tone="error">{messageOf(error)}</Alert> : null}
      <Field label="Nama persyaratan" value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} error={errors.name} required />
      <TextArea label="Keterangan untuk pemohon" value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} error={errors.description} />
      <Field
        label="Ukuran maksimum (MB)"
        hint="Bilangan bulat 1 sampai 20."
        type="number"
        min={1}
        max={20}
        step={1}
        inputMode="numeric"
        className="max-w-xs"
        value={v.maxMb}
        onChange={(e) => setV({ ...v, maxMb: e.target.value })}
        error={errors.maxMb}
      />
      <CheckboxGroup legend="Jenis berkas yang diterima" options={MIME_OPTIONS} value={v.mimeTypes} onChange={(mimeTypes) => setV({ ...v, mimeTypes })} error={errors.mimeTypes} />
      <Checkbox label="Wajib diunggah" checked={v.required} onChange={(required) => setV({ ...v, required })} />
      {withActive ? (
        <Checkbox
          label="Aktif (ditampilkan kepada pemohon)"
          hint="Persyaratan yang tidak aktif tidak diminta lagi; dokumen yang sudah diunggah tetap tersimpan."
          checked={v.active}
          onChange={(active) => setV({ ...v, active })}
        />
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Batal
        </Button>
      </div>
    </form>
  );
}
