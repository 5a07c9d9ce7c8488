"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert, Card, SlaBadge } from "@perizinan/ui";
import { formatWorkingDuration } from "@perizinan/domain";
import { useTRPC } from "~/trpc/react";

const dateFormat = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });

export function Inbox() {
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const query = useQuery(trpc.worklist.inbox.queryOptions({ search: search || undefined, page: 1, pageSize: 20 }));
  return (
    <Card>
      <label className="mb-3 flex flex-col gap-1 text-sm font-medium">
        Cari nomor registrasi atau nama pemohon
        <input
          className="min-h-11 rounded-md border border-gray-500 px-3 py-2 text-base"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
      {query.isPending ? <p>Memuat…</p> : null}
      {query.isError ? <Alert tone="error">Kotak masuk tidak dapat dimuat: {query.error.message}</Alert> : null}
      {query.data && query.data.items.length === 0 ? <p data-testid="inbox-empty">Tidak ada berkas yang menunggu Anda.</p> : null}
      {query.data && query.data.items.length > 0 ? (
        <table className="w-full text-left text-sm" data-testid="inbox">
          <thead>
            <tr className="border-b">
              <th className="py-2">Nomor registrasi</th>
              <th>Pemohon</th>
              <th>Langkah</th>
              <th>Batas waktu</th>
              <th>Status waktu</th>
            </tr>
          </thead>
          <tbody>
            {query.data.items.map((f) => (
              <tr key={f.id} className="border-b align-top">
                <td className="py-2 font-mono">
                  <Link href={`/berkas/${f.id}`} className="text-brand-700 underline">
                    {f.registrationNumber}
                  </Link>
                </td>
                <td>{f.applicantName}</td>
                <td>
                  {f.step}. {f.activity}
                </td>
                <td>
                  {f.dueAt ? `${dateFormat.format(f.dueAt)} WIB` : "—"}
                  <br />
                  <span className="text-gray-700">
                    {f.minutesLeft >= 0
                      ? `sisa ${formatWorkingDuration(f.minutesLeft)}`
                      : `lewat ${formatWorkingDuration(-f.minutesLeft)}`}
                  </span>
                </td>
                <td>
                  <SlaBadge state={f.sla} label={f.slaLabel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Card>
  );
}
