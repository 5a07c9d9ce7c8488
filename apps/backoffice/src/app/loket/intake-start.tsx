"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Button, Card, Field, Select, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

/** The Front Office registers a walk-in applicant, then fills in the file for them. */
export function IntakeStart() {
  const trpc = useTRPC();
  const router = useRouter();
  const types = useQuery(trpc.service.permitTypes.queryOptions());
  const start = useMutation(trpc.intake.start.mutationOptions({ onSuccess: ({ id }) => router.push(`/loket/${id}`) }));
  const [permitTypeCode, setPermitTypeCode] = useState("");
  const errors = start.error ? fieldErrorsOf(start.error) : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    start.mutate({
      permitTypeCode,
      applicant: { name: data.name ?? "", nik: data.nik ?? "", phone: data.phone ?? "", email: data.email ?? "" },
    });
  }

  return (
    <Card title="Data pemohon yang datang ke loket">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        {start.isError && Object.keys(errors).length === 0 ? <Alert tone="error">{messageOf(start.error)}</Alert> : null}
        {/* No type is preselected: a clerk serving a walk-in says which permit is asked for. */}
        <Select
          label="Jenis izin"
          value={permitTypeCode}
          onChange={(e) => setPermitTypeCode(e.target.value)}
          error={errors.permitTypeCode}
          options={[{ value: "", label: "— Pilih jenis izin —" }, ...(types.data ?? []).map((t) => ({ value: t.code, label: t.name }))]}
        />
        <Field name="name" label="Nama lengkap pemohon" error={errors["applicant.name"]} />
        <Field name="nik" label="NIK pemohon" inputMode="numeric" error={errors["applicant.nik"]} />
        <Field name="phone" label="Nomor ponsel pemohon" type="tel" error={errors["applicant.phone"]} />
        <Field name="email" label="Email pemohon (opsional)" type="email" error={errors["applicant.email"]} />
        <Button type="submit" disabled={start.isPending}>
          Lanjut: isi berkas
        </Button>
      </form>
    </Card>
  );
}
