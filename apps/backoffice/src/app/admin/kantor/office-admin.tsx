"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Button, Card, Field, Select, TextArea, fieldErrorsOf, messageOf, uploadWithProgress } from "@perizinan/ui";
import type { inferRouterOutputs } from "@trpc/server";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { useTRPC } from "~/trpc/react";

const TEXT_FIELDS = [
  { name: "governmentName", label: "Baris pertama kop (pemerintah daerah)", hint: "Dicetak dengan huruf kapital, misalnya PEMERINTAH KABUPATEN …" },
  { name: "name", label: "Nama dinas", hint: "Baris kedua kop, dicetak tebal dengan huruf kapital." },
  { name: "shortName", label: "Nama singkat", hint: "Dipakai pada judul halaman dan kepala situs." },
  { name: "regency", label: "Nama daerah", hint: "Misalnya Kabupaten … atau Kota …" },
  { name: "address", label: "Alamat kantor" },
  { name: "city", label: "Kota tempat surat ditetapkan", hint: "Dicetak pada baris “Ditetapkan di …”." },
  { name: "phone", label: "Telepon (boleh kosong)" },
  { name: "email", label: "Email (boleh kosong)", type: "email" },
  { name: "website", label: "Laman (boleh kosong)" },
] as const;

type OfficeData = inferRouterOutputs<BackofficeRouter>["admin"]["office"]["get"];
type FormValues = Record<(typeof TEXT_FIELDS)[number]["name"] | "complaintChannel", string> & { timeZone: OfficeData["timeZone"] };

function Emblem({ version }: { version: string | null }) {
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: string | null }>({ busy: false, message: null, error: null });

  async function upload(file: File | undefined) {
    if (!file) return;
    setState({ busy: true, message: null, error: null });
    const outcome = await uploadWithProgress("/api/lambang", file, () => undefined);
    if (outcome.ok) {
      setState({ busy: false, message: "Lambang daerah disimpan; surat berikutnya memakainya.", error: null });
      await queryClient.invalidateQueries({ queryKey: trpc.admin.office.get.queryKey() });
    } else setState({ busy: false, message: null, error: outcome.message });
  }

  return (
    <Card title="Lambang daerah">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex h-32 w-28 items-center justify-center border border-gray-300 bg-white" data-testid="emblem-preview">
          {version ? (
            // An image behind the staff session, at its own size: next/image would fetch it without the cookie.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={`/api/lambang?v=${version}`} alt="Lambang daerah pada kop" className="max-h-28 max-w-24 object-contain" />
          ) : (
            <span className="p-2 text-center text-xs text-gray-700">Belum ada lambang</span>
          )}
        </div>
        <div className="flex flex-col gap-2 text-sm">
          <p>Dicetak di kiri kop setiap surat, kira-kira 2 × 2,4 cm. Gunakan gambar PNG (latar transparan) atau JPEG, paling besar 1 MB.</p>
          {/* The browser's own file button speaks the browser's language: this one speaks Indonesian. */}
          <label
            htmlFor="emblem-file"
            className="inline-flex min-h-11 w-fit cursor-pointer items-center rounded-md border border-gray-400 bg-white px-4 text-sm font-semibold hover:bg-gray-50"
          >
            {version ? "Ganti gambar lambang" : "Pilih gambar lambang"}
          </label>
          <input id="emblem-file" type="file" accept="image/png,image/jpeg" disabled={state.busy} onChange={(e) => void upload(e.target.files?.[0])} className="sr-only" />
          {state.busy ? <p>Mengunggah…</p> : null}
          {state.message ? <Alert tone="info" testId="emblem-saved">{state.message}</Alert> : null}
          {state.error ? <Alert tone="error" testId="emblem-error">{state.error}</Alert> : null}
        </div>
      </div>
    </Card>
  );
}

/** Administrasi → Kantor: the office's names, kop lines, contacts, time zone and emblem. */
export function OfficeAdmin() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const office = useQuery(trpc.admin.office.get.queryOptions({}));
  const [edited, setEdited] = useState<Partial<FormValues>>({});
  const save = useMutation(
    trpc.admin.office.update.mutationOptions({
      onSuccess: async () => {
        setEdited({});
        await queryClient.invalidateQueries({ queryKey: trpc.admin.office.get.queryKey() });
      },
    }),
  );
  if (office.isPending) return <p>Memuat…</p>;
  if (office.isError) return <Alert tone="error">{office.error.message}</Alert>;
  const o = office.data;
  const values: FormValues = {
    governmentName: o.governmentName,
    name: o.name,
    shortName: o.shortName,
    regency: o.regency,
    address: o.address,
    city: o.city,
    phone: o.phone,
    email: o.email,
    website: o.website,
    complaintChannel: o.complaintChannel,
    timeZone: o.timeZone,
    ...edited,
  };
  const errors = save.isError ? fieldErrorsOf(save.error) : {};
  const set = (name: keyof FormValues) => (event: { target: { value: string } }) => setEdited((e) => ({ ...e, [name]: event.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(values);
  }

  return (
    <div className="flex flex-col gap-4">
      <Emblem version={o.emblem?.sha256.slice(0, 12) ?? null} />
      <Card title="Identitas dan kop surat">
        <form method="post" onSubmit={submit} noValidate className="flex flex-col gap-3" data-testid="office-form">
          {save.isSuccess && Object.keys(edited).length === 0 ? <Alert tone="info" testId="office-saved">Data kantor disimpan.</Alert> : null}
          {save.isError ? (
            <Alert tone="error" testId="office-error">
              {Object.keys(errors).length > 0 ? "Periksa kembali isian yang ditandai." : messageOf(save.error)}
            </Alert>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            {TEXT_FIELDS.map((f) => (
              <Field key={f.name} name={f.name} label={f.label} hint={"hint" in f ? f.hint : undefined} type={"type" in f ? f.type : "text"} value={values[f.name]} onChange={set(f.name)} error={errors[f.name]} />
            ))}
            <Select
              name="timeZone"
              label="Zona waktu kantor"
              hint="Dipakai untuk setiap tanggal dan jam yang ditampilkan, dicetak, dan diekspor."
              value={values.timeZone}
              onChange={(event) => setEdited((e) => ({ ...e, timeZone: o.timeZones.find((z) => z.zone === event.target.value)?.zone ?? o.timeZone }))}
              options={o.timeZones.map((z) => ({ value: z.zone, label: `${z.abbreviation} (${z.zone})` }))}
              error={errors.timeZone}
            />
          </div>
          <TextArea name="complaintChannel" label="Saluran pengaduan (boleh kosong)" hint="Ditampilkan pada halaman informasi layanan." value={values.complaintChannel} onChange={set("complaintChannel")} error={errors.complaintChannel} />
          <div>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? "Menyimpan…" : "Simpan data kantor"}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
