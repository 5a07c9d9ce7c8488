"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Alert, Card, FormAnswers, SlaBadge, formatBytes, useOfficeClock } from "@perizinan/ui";
import { formatWorkingDuration } from "@perizinan/domain";
import { useTRPC } from "~/trpc/react";
import { ActionPanel } from "./action-panel";
import { DocumentPreview } from "./document-preview";

export function FileView({ id }: { id: string }) {
  const { dateTime } = useOfficeClock();
  const trpc = useTRPC();
  const file = useQuery(trpc.files.get.queryOptions({ id }));
  if (file.isPending) return <p>Memuat…</p>;
  if (file.isError) return <Alert tone="error">{file.error.message}</Alert>;
  const f = file.data;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Link href="/" className="text-sm text-brand-700 underline">
          ← Kotak Masuk
        </Link>
        <h1 className="text-2xl font-bold">
          Berkas <span className="font-mono">{f.registrationNumber}</span>
        </h1>
        <p>
          {f.permitTypeName} · Status: <strong data-testid="file-status">{f.statusLabel}</strong> · SOP {f.sop.code} v{f.sop.version}
        </p>
      </div>
      {f.status === "IN_PROGRESS" ? (
        <Card title={`Langkah ${f.step.no}: ${f.step.activity}`}>
          <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid="current-step">
            <div><dt className="text-gray-700">Pelaksana</dt><dd className="font-medium">{f.step.roleLabel}</dd></div>
            <div><dt className="text-gray-700">Kelengkapan (input)</dt><dd className="font-medium">{f.step.inputs.join(", ")}</dd></div>
            <div><dt className="text-gray-700">Output</dt><dd className="font-medium">{f.step.output}</dd></div>
            <div><dt className="text-gray-700">Waktu baku</dt><dd className="font-medium">{formatWorkingDuration(f.step.standardMinutes)}</dd></div>
            <div><dt className="text-gray-700">Mulai</dt><dd className="font-medium">{dateTime(f.step.startedAt)}</dd></div>
            <div>
              <dt className="text-gray-700">Batas waktu</dt>
              <dd className="font-medium">
                {dateTime(f.step.dueAt)} {f.step.sla && f.step.slaLabel ? <SlaBadge state={f.step.sla} label={f.step.slaLabel} /> : null}
              </dd>
            </div>
          </dl>
        </Card>
      ) : null}
      <ActionPanel file={f} />
      {f.letters.length ? (
        <Card title="Surat dan dokumen keluaran">
          <ul className="flex flex-col gap-1 text-sm" data-testid="letters">
            {f.letters.map((l) => (
              <li key={l.id}>
                <a href={`/api/surat/${l.id}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">
                  {l.label}
                </a>
                {l.isDraft ? " (DRAF)" : ""}
                {l.number ? ` — ${l.number}` : ""} · langkah {l.step} · {dateTime(l.createdAt)}
                <span className="block break-all font-mono text-xs text-gray-700">SHA-256 {l.sha256}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title="Data pemohon">
        <FormAnswers fields={f.formFields} values={f.form} className="text-sm" />
      </Card>
      <Card title="Dokumen persyaratan">
        <ol className="flex flex-col gap-3">
          {f.requirements.map((r) => (
            <li key={r.code} className="text-sm">
              <p className="font-medium">{r.name}</p>
              {r.document ? (
                <>
                  <a href={`/api/dokumen/${r.document.id}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">
                    {r.document.displayName}
                  </a>{" "}
                  ({formatBytes(r.document.sizeBytes)}) ·{" "}
                  <a href={`/api/dokumen/${r.document.id}?unduh=1`} className="underline">unduh</a>
                  {r.earlierVersions ? <span className="text-gray-700"> · {r.earlierVersions} versi sebelumnya</span> : null}
                  <DocumentPreview
                    documentId={r.document.id}
                    mimeType={r.document.mimeType}
                    title={r.name}
                    summary="Tampilkan di halaman"
                    frameClassName="mt-2 h-96 w-full border"
                    imageClassName="mt-2 max-h-96 border"
                  />
                </>
              ) : (
                <span className="text-red-800">belum diunggah</span>
              )}
            </li>
          ))}
        </ol>
      </Card>
      <Card title="Riwayat">
        <ol className="flex flex-col gap-2 text-sm" data-testid="history">
          {f.events.map((e) => (
            <li key={e.seq} className="border-b pb-2">
              <p>
                <strong>{dateTime(e.at)}</strong> — {e.actorName} ({e.actorRoleLabel}
                {e.onBehalfOf ? ", dicatat untuk pemohon" : ""}): {e.actionLabel}, langkah {e.fromStep}
                {e.toStep ? ` → ${e.toStep}` : ""}
              </p>
              {e.note ? <p className="text-gray-800">Catatan: {e.note}</p> : null}
              {"ipAddress" in e && e.ipAddress ? (
                <p className="text-xs text-gray-700">
                  Alamat IP {e.ipAddress} · {e.userAgent}
                </p>
              ) : null}
              {e.reasons.length ? <ul className="list-disc pl-5">{e.reasons.map((r) => <li key={r}>{r}</li>)}</ul> : null}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
