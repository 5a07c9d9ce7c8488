"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert, Button, Card, useOfficeClock, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

export function MyApplications() {
  const { dateTime } = useOfficeClock();
  const trpc = useTRPC();
  const router = useRouter();
  const files = useQuery(trpc.applications.mine.queryOptions());
  const types = useQuery(trpc.service.permitTypes.queryOptions());
  const create = useMutation(
    trpc.applications.create.mutationOptions({ onSuccess: ({ id }) => router.push(`/permohonan/${id}/ubah`) }),
  );

  return (
    <div className="flex flex-col gap-4">
      <Card title="Ajukan permohonan baru">
        {create.isError ? <Alert tone="error">{messageOf(create.error)}</Alert> : null}
        <ul className="flex flex-col gap-2">
          {types.data?.map((t) => (
            <li key={t.code} className="flex flex-wrap items-center justify-between gap-2">
              <span>{t.name}</span>
              <Button aria-label={`Mulai permohonan ${t.name}`} onClick={() => create.mutate({ permitTypeCode: t.code })} disabled={create.isPending}>
                Mulai permohonan
              </Button>
            </li>
          ))}
        </ul>
      </Card>
      {files.isPending ? <p>Memuat…</p> : null}
      {files.isError ? <Alert tone="error">Daftar permohonan tidak dapat dimuat: {files.error.message}</Alert> : null}
      {files.data?.length === 0 ? <Card>Anda belum memiliki permohonan.</Card> : null}
      {files.data && files.data.length > 0 ? (
        <ul className="flex flex-col gap-3" data-testid="my-applications">
          {files.data.map((f) => (
            <li key={f.id}>
              <Card>
                <Link href={`/permohonan/${f.id}`} className="font-semibold text-brand-700 underline">
                  {f.permitTypeName}
                </Link>
                <p className="text-sm">
                  Nomor registrasi: <span className="font-mono">{f.registrationNumber ?? "— (belum diajukan)"}</span>
                </p>
                <p className="text-sm">Status: {f.statusLabel}</p>
                <p className="text-sm text-gray-700">
                  {f.submittedAt ? `Diajukan ${dateTime(f.submittedAt)}` : `Dibuat ${dateTime(f.createdAt)}`}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
