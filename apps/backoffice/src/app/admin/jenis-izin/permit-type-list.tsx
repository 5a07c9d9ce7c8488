"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert, Button, Card, Field, FilePicker, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { Select } from "../form-bits";

/** The office's permit types, each with a link to its editor; a new one (blank or a copy); a type from a JSON file. */
export function PermitTypeList() {
  const trpc = useTRPC();
  const types = useQuery(trpc.admin.permitTypes.list.queryOptions());
  if (types.isPending) return <p>Memuat…</p>;
  if (types.isError) return <Alert tone="error">Jenis izin tidak dapat dimuat: {types.error.message}</Alert>;
  return (
    <div className="flex flex-col gap-4">
      <Card title="Daftar jenis izin">
        {types.data.length === 0 ? (
          <p>Belum ada jenis izin.</p>
        ) : (
          <ul className="divide-y divide-gray-200" data-testid="permit-types">
            {types.data.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid={`permit-type-${t.code}`}>
                <div className="min-w-0">
                  <p className="font-semibold break-words">{t.name}</p>
                  <p className="text-sm break-words text-gray-700">
                    {t.code} · {t.publishedVersion ? `versi terbit ${t.publishedVersion}` : "belum terbit"}
                    {t.draftOpen ? " · draf terbuka" : ""} · {t.active ? "aktif" : "tidak aktif"}
                  </p>
                </div>
                <Link href={`/admin/jenis-izin/${t.id}`} className="inline-flex min-h-11 items-center rounded-md border border-gray-400 px-4 text-sm font-semibold text-brand-700 underline">
                  Ubah<span className="sr-only"> {t.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <CreateForm types={types.data.filter((t) => t.publishedVersion !== null).map((t) => ({ id: t.id, name: t.name }))} />
      <ImportForm />
    </div>
  );
}

function CreateForm({ types }: { types: ReadonlyArray<{ id: string; name: string }> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [shortName, setShortName] = useState("");
  const [from, setFrom] = useState<"BLANK" | "CLONE" | null>(null);
  const [cloneOf, setCloneOf] = useState("");
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const create = useMutation(trpc.admin.permitTypes.create.mutationOptions({ onSuccess: (r) => router.push(`/admin/jenis-izin/${r.permitTypeId}`) }));
  const errors = create.isError ? fieldErrorsOf(create.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (from === null) return setChoiceError("Pilih: mulai dari kosong, atau salin jenis izin lain.");
    if (from === "CLONE" && !cloneOf) return setChoiceError("Pilih jenis izin yang disalin.");
    setChoiceError(null);
    create.mutate({ code, name, ...(shortName.trim() ? { shortName } : {}), from: from === "BLANK" ? "BLANK" : { cloneOf } });
  }

  return (
    <Card title="Tambah jenis izin">
      <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label="Tambah jenis izin" data-testid="create-permit-type">
        {create.isError && Object.keys(errors).length === 0 ? <Alert tone="error">{messageOf(create.error)}</Alert> : null}
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label="Kode" hint="Huruf besar, angka, - dan _, mis. IZIN-USAHA." value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} error={errors.code} autoComplete="off" />
          <Field label="Nama jenis izin" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} autoComplete="off" />
          <Field label="Nama singkat" hint="Opsional; bila kosong diambil dari nama." value={shortName} onChange={(e) => setShortName(e.target.value)} error={errors.shortName} autoComplete="off" />
        </div>
        <fieldset className="flex flex-col gap-1" aria-describedby={choiceError ? `${id}-error` : undefined}>
          <legend className="mb-1 text-sm font-medium">Mulai dari</legend>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" className="h-5 w-5" name={`${id}-from`} checked={from === "BLANK"} onChange={() => setFrom("BLANK")} />
            Kosong
          </label>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" className="h-5 w-5" name={`${id}-from`} checked={from === "CLONE"} disabled={types.length === 0} onChange={() => setFrom("CLONE")} />
            Salin dari jenis izin lain (versi terbit terbarunya)
          </label>
          {from === "CLONE" ? (
            <Select
              label="Jenis izin yang disalin"
              className="max-w-md"
              value={cloneOf}
              options={[{ value: "", label: "— Pilih —" }, ...types.map((t) => ({ value: t.id, label: t.name }))]}
              onChange={(e) => setCloneOf(e.target.value)}
            />
          ) : null}
          {choiceError ? (
            <p id={`${id}-error`} className="text-sm text-red-800">
              {choiceError}
            </p>
          ) : null}
        </fieldset>
        <div>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? "Membuat…" : "Buat jenis izin"}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function ImportForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [readError, setReadError] = useState<string | null>(null);
  const importDoc = useMutation(
    trpc.admin.permitTypes.import.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.admin.permitTypes.list.queryKey() }),
    }),
  );
  const problems = importDoc.isError ? Object.entries(fieldErrorsOf(importDoc.error)).map(([path, message]) => ({ path: path.replace(/#\d+$/, "").replace(/^_$/, ""), message })) : [];

  async function pick(file: File) {
    setReadError(null);
    importDoc.reset();
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (error) {
      setReadError(`Berkas ${file.name} bukan JSON yang sah${error instanceof SyntaxError ? `: ${error.message}` : ""}.`);
      return;
    }
    importDoc.mutate({ document });
  }

  return (
    <Card title="Impor JSON">
      <p className="mb-3 text-sm text-gray-700">
        Berkas jenis izin hasil Ekspor JSON. Kode baru menjadi jenis izin baru (versi 1, langsung terbit); kode yang sudah ada menjadi versi berikutnya jenis izin itu.
      </p>
      <FilePicker label="Pilih berkas JSON jenis izin" accept="application/json,.json" onFile={(file) => void pick(file)} disabled={importDoc.isPending} />
      <div className="mt-3 flex flex-col gap-2" data-testid="import-result">
        {importDoc.isPending ? <p className="text-sm">Memeriksa dokumen…</p> : null}
        {readError ? <Alert tone="error">{readError}</Alert> : null}
        {importDoc.isSuccess ? (
          <Alert>
            Jenis izin {importDoc.data.code} {importDoc.data.created ? "dibuat" : "diperbarui"}: versi {importDoc.data.version} diterbitkan.{" "}
            <Link href={`/admin/jenis-izin/${importDoc.data.permitTypeId}`} className="underline">
              Buka penyunting
            </Link>
          </Alert>
        ) : null}
        {importDoc.isError ? (
          <Alert tone="error">
            <p className="font-semibold">{problems.length ? `Dokumen tidak dapat diimpor; tidak ada yang berubah. ${problems.length} masalah:` : messageOf(importDoc.error)}</p>
            {problems.length ? (
              <ul className="mt-1 list-disc pl-5">
                {problems.map((p, i) => (
                  <li key={i} className="break-words">
                    {p.path ? <code className="text-xs">{p.path}</code> : null}
                    {p.path ? ": " : ""}
                    {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}
