"use client";
import { useQuery } from "@tanstack/react-query";
import { Alert, Card } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

const dateFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });

export function MyApplications() {
  const trpc = useTRPC();
  const query = useQuery(trpc.applications.mine.queryOptions());
  if (query.isPending) return <p>Memuat…</p>;
  if (query.isError) return <Alert tone="error">Daftar permohonan tidak dapat dimuat: {query.error.message}</Alert>;
  if (query.data.length === 0) return <Card>Anda belum memiliki permohonan.</Card>;
  return (
    <ul className="flex flex-col gap-3" data-testid="my-applications">
      {query.data.map((f) => (
        <li key={f.id}>
          <Card>
            <p className="font-semibold">{f.permitTypeName}</p>
            <p className="text-sm">
              Nomor registrasi: <span className="font-mono">{f.registrationNumber ?? "—"}</span>
            </p>
            <p className="text-sm">Status: {f.statusLabel}</p>
            <p className="text-sm text-gray-700">
              {f.submittedAt ? `Diajukan ${dateFormat.format(f.submittedAt)} WIB` : `Dibuat ${dateFormat.format(f.createdAt)} WIB`}
            </p>
          </Card>
        </li>
      ))}
    </ul>
  );
}
