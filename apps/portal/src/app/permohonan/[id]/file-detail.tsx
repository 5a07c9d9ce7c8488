"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert, Button, Card, formatBytes, useOfficeClock, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { Timeline } from "./timeline";
import { useFile } from "./use-file";

export function FileDetail({ id, justSubmitted }: { id: string; justSubmitted: boolean }) {
  const { dateTime } = useOfficeClock();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const file = useFile(id);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.applications.get.queryKey({ id }) });
  const withdraw = useMutation(trpc.applications.withdraw.mutationOptions({ onSuccess: refresh }));
  const confirm = useMutation(trpc.applications.confirmReceipt.mutationOptions({ onSuccess: refresh }));
  const [reason, setReason] = useState("");

  if (file.isPending) return <p>Memuat…</p>;
  if (file.isError) return <Alert tone="error">{file.error.message}</Alert>;
  const f = file.data;
  const can = (action: string) => f.actions.includes(action as never);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{f.permitType.name}</h1>
        <p>
          Nomor registrasi: <strong className="font-mono" data-testid="registration-number">{f.registrationNumber ?? "— (belum diajukan)"}</strong>
        </p>
        <p>
          Status: <strong data-testid="file-status">{f.statusLabel}</strong>
        </p>
        {f.timeline?.expectedCompletionAt ? (
          <p className="text-sm text-gray-800">Perkiraan selesai: {dateTime(f.timeline.expectedCompletionAt)}</p>
        ) : null}
      </div>
      {justSubmitted && f.registrationNumber ? (
        <Alert tone="info" testId="submitted-banner">
          Permohonan Anda telah diterima dengan nomor registrasi <strong className="font-mono">{f.registrationNumber}</strong>. Simpan nomor
          ini untuk melacak berkas Anda.
        </Alert>
      ) : null}
      {f.status === "DRAFT" ? (
        <Alert tone="info">
          Permohonan ini masih draf. <Link href={`/permohonan/${id}/ubah`} className="font-semibold underline">Lanjutkan mengisi</Link>
        </Alert>
      ) : null}
      {f.returned ? (
        <Alert tone="warning" testId="returned-banner">
          <p className="font-semibold">Berkas dikembalikan pada {dateTime(f.returned.at)} untuk diperbaiki:</p>
          <ul className="list-disc pl-5">
            {f.returned.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <Link href={`/permohonan/${id}/ubah`} className="font-semibold underline">
            Perbaiki berkas
          </Link>
        </Alert>
      ) : null}
      {f.atReceiptStep && can("COMPLETE") ? (
        <Card title="Konfirmasi penerimaan surat">
          <p className="mb-2 text-sm">Setelah Anda menerima surat dari kantor, konfirmasikan di sini.</p>
          {confirm.isError ? <Alert tone="error">{messageOf(confirm.error)}</Alert> : null}
          <Button onClick={() => confirm.mutate({ id, version: f.version })} disabled={confirm.isPending}>
            Saya sudah menerima surat
          </Button>
        </Card>
      ) : null}
      {f.issuedDocuments.length ? (
        <Card title="Dokumen dari kantor">
          <ul className="flex flex-col gap-1">
            {f.issuedDocuments.map((d) => (
              <li key={d.id}>
                <a href={`/api/surat/${d.id}`} className="text-brand-700 underline">
                  {d.label}
                  {d.number ? ` — ${d.number}` : ""} (PDF)
                </a>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {f.timeline ? (
        <Card title="Perjalanan berkas">
          <Timeline timeline={f.timeline} />
        </Card>
      ) : null}
      <Card title="Dokumen persyaratan">
        <ol className="list-decimal pl-6 text-sm">
          {f.requirements.map((r) => (
            <li key={r.code} className="mb-1">
              {r.name}:{" "}
              {r.document ? (
                <a href={`/api/dokumen/${r.document.id}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">
                  {r.document.displayName}
                </a>
              ) : (
                "belum diunggah"
              )}
              {r.history.length ? (
                <span className="text-gray-700">
                  {" "}
                  · versi sebelumnya:{" "}
                  {r.history.map((h, i) => (
                    <a key={h.id} href={`/api/dokumen/${h.id}`} className="underline">
                      {i > 0 ? ", " : ""}
                      {h.displayName} ({formatBytes(h.sizeBytes)})
                    </a>
                  ))}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
      {can("WITHDRAW") ? (
        <Card title="Tarik permohonan">
          <p className="mb-2 text-sm">Permohonan yang ditarik tidak dapat dilanjutkan. Tuliskan alasannya.</p>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Alasan penarikan
            <textarea className="min-h-20 rounded-md border border-gray-500 p-2 text-base" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          {withdraw.isError ? <Alert tone="error">{messageOf(withdraw.error)}</Alert> : null}
          <Button variant="danger" className="mt-2" onClick={() => withdraw.mutate({ id, version: f.version, reason })} disabled={withdraw.isPending}>
            Tarik permohonan
          </Button>
        </Card>
      ) : null}
    </div>
  );
}
