"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { Alert, Button, Card, Field, Select, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { useAdminNotice } from "../form-bits";

type Listing = inferRouterOutputs<BackofficeRouter>["admin"]["agencies"]["list"];
type Agency = Listing["agencies"][number];
type Values = { name: string; governmentName: string; address: string; city: string; phone: string; email: string };

const FIELDS = [
  { name: "name", label: "Nama instansi", hint: "Baris kedua kop rekomendasinya, misalnya Dinas Kesehatan." },
  { name: "governmentName", label: "Baris pertama kop (pemerintah daerah)" },
  { name: "address", label: "Alamat" },
  { name: "city", label: "Kota" },
  { name: "phone", label: "Telepon (boleh kosong)" },
  { name: "email", label: "Email (boleh kosong)", type: "email" },
] as const;

const EMPTY: Values = { name: "", governmentName: "", address: "", city: "", phone: "", email: "" };
const valuesOf = (a: Agency): Values => ({ name: a.name, governmentName: a.governmentName, address: a.address, city: a.city, phone: a.phone ?? "", email: a.email ?? "" });

/** The office's technical agencies: their kop lines, which permit types they assess, and their Tim Teknis members. */
export function AgenciesAdmin() {
  const trpc = useTRPC();
  const listing = useQuery(trpc.admin.agencies.list.queryOptions());
  const { notice, setNotice, done } = useAdminNotice(trpc.admin.agencies.list.queryKey());
  if (listing.isPending) return <p>Memuat…</p>;
  if (listing.isError) return <Alert tone="error">Instansi teknis tidak dapat dimuat: {listing.error.message}</Alert>;
  return (
    <div className="flex flex-col gap-4">
      {notice ? <Alert testId="agency-notice">{notice}</Alert> : null}
      {listing.data.agencies.map((a) => (
        <AgencyCard key={a.id} agency={a} team={listing.data.team} agencies={listing.data.agencies} onDone={done} onStart={() => setNotice(null)} />
      ))}
      <NewAgency onDone={done} />
    </div>
  );
}

function AgencyFields({ values, onChange, errors }: { values: Values; onChange: (v: Values) => void; errors: Record<string, string> }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {FIELDS.map((f) => (
        <Field
          key={f.name}
          label={f.label}
          hint={"hint" in f ? f.hint : undefined}
          type={"type" in f ? f.type : "text"}
          value={values[f.name]}
          onChange={(e) => onChange({ ...values, [f.name]: e.target.value })}
          error={errors[f.name]}
        />
      ))}
    </div>
  );
}

function AgencyCard({
  agency,
  team,
  agencies,
  onDone,
  onStart,
}: {
  agency: Agency;
  team: Listing["team"];
  agencies: Agency[];
  onDone: (message: string) => void;
  onStart: () => void;
}) {
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState(() => valuesOf(agency));
  const [candidate, setCandidate] = useState("");
  const update = useMutation(
    trpc.admin.agencies.update.mutationOptions({
      onSuccess: (r) => {
        setEditing(false);
        onDone(`Data ${r.name} disimpan.`);
      },
    }),
  );
  const setMember = useMutation(
    trpc.admin.agencies.setMember.mutationOptions({
      onSuccess: (r) => {
        setCandidate("");
        onDone(r.agency ? `${r.name} kini anggota Tim Teknis ${r.agency.name}.` : `${r.name} dikeluarkan dari ${agency.name}.`);
      },
    }),
  );
  const errors = update.isError ? fieldErrorsOf(update.error) : {};
  const others = team.filter((m) => m.technicalAgencyId !== agency.id);
  const agencyName = (id: string | null) => agencies.find((a) => a.id === id)?.name;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onStart();
    update.mutate({ id: agency.id, ...values });
  }

  return (
    <Card title={agency.name}>
      <div className="flex flex-col gap-3 text-sm" data-testid={`agency-${agency.code}`}>
        <p>
          Kode <span className="font-mono">{agency.code}</span> · {agency.governmentName} · {agency.address}, {agency.city}
          {agency.phone ? ` · ${agency.phone}` : ""}
          {agency.email ? ` · ${agency.email}` : ""}
        </p>
        <p>Menilai: {agency.permitTypes.length ? agency.permitTypes.join("; ") : "belum ada jenis izin"}</p>
        {editing ? (
          <form onSubmit={save} noValidate className="flex flex-col gap-3 border-t pt-3">
            {update.isError ? <Alert tone="error">{Object.keys(errors).length ? "Periksa kembali isian yang ditandai." : messageOf(update.error)}</Alert> : null}
            <AgencyFields values={values} onChange={setValues} errors={errors} />
            <div className="flex gap-2">
              <Button type="submit" disabled={update.isPending}>
                Simpan
              </Button>
              <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
                Batal
              </Button>
            </div>
          </form>
        ) : (
          <div>
            <Button
              variant="secondary"
              onClick={() => {
                setValues(valuesOf(agency));
                update.reset();
                setEditing(true);
              }}
            >
              Ubah data<span className="sr-only"> {agency.name}</span>
            </Button>
          </div>
        )}
        <h3 className="mt-2 font-semibold">Anggota Tim Teknis</h3>
        {agency.members.length === 0 ? <p>Belum ada anggota; berkas jenis izin yang dinilainya belum dapat ditugaskan.</p> : null}
        <ul className="flex flex-col gap-2" data-testid={`members-${agency.code}`}>
          {agency.members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-gray-300 p-2">
              <span>
                {m.name}
                {m.jobTitle ? <span className="text-gray-700"> — {m.jobTitle}</span> : null}
              </span>
              <Button variant="secondary" disabled={setMember.isPending} onClick={() => setMember.mutate({ userId: m.id, agencyId: null })}>
                Keluarkan<span className="sr-only"> {m.name} dari {agency.name}</span>
              </Button>
            </li>
          ))}
        </ul>
        {others.length ? (
          <form
            className="flex flex-col gap-2 sm:flex-row sm:items-end"
            onSubmit={(e) => {
              e.preventDefault();
              onStart();
              if (candidate) setMember.mutate({ userId: candidate, agencyId: agency.id });
            }}
          >
            <Select
              label={`Tambah anggota ${agency.name}`}
              hint="Pegawai berperan Tim Teknis. Anggota instansi lain pindah ke instansi ini."
              value={candidate}
              onChange={(e) => setCandidate(e.target.value)}
              options={[
                { value: "", label: "— Pilih pegawai —" },
                ...others.map((m) => ({ value: m.id, label: `${m.name}${m.technicalAgencyId ? ` (kini ${agencyName(m.technicalAgencyId)})` : ""}` })),
              ]}
            />
            <Button type="submit" disabled={!candidate || setMember.isPending}>
              Tambahkan
            </Button>
          </form>
        ) : null}
        {setMember.isError ? <Alert tone="error">{messageOf(setMember.error)}</Alert> : null}
      </div>
    </Card>
  );
}

function NewAgency({ onDone }: { onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const [values, setValues] = useState(EMPTY);
  const create = useMutation(
    trpc.admin.agencies.create.mutationOptions({
      onSuccess: (r) => {
        setCode("");
        setValues(EMPTY);
        onDone(`Instansi ${r.name} (${r.code}) ditambahkan. Pilih instansi ini pada jenis izin yang dinilainya, lalu tambahkan anggotanya.`);
      },
    }),
  );
  const errors = create.isError ? fieldErrorsOf(create.error) : {};
  return (
    <Card title="Tambah instansi teknis">
      <form
        noValidate
        className="flex flex-col gap-3"
        data-testid="new-agency"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ code, ...values });
        }}
      >
        {create.isError ? <Alert tone="error">{Object.keys(errors).length ? "Periksa kembali isian yang ditandai." : messageOf(create.error)}</Alert> : null}
        <Field label="Kode instansi" hint="Huruf besar tanpa spasi, misalnya DLH. Tidak dapat diubah sesudah dipakai jenis izin." value={code} onChange={(e) => setCode(e.target.value)} error={errors.code} />
        <AgencyFields values={values} onChange={setValues} errors={errors} />
        <div>
          <Button type="submit" disabled={create.isPending}>
            Tambahkan instansi
          </Button>
        </div>
      </form>
    </Card>
  );
}
