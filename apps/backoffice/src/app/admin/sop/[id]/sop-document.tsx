"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Alert, Card, useOfficeClock } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { stepRanges } from "../ranges";

/** An SOP version as the office's document lays it out, with the notes a reader must not miss. */
export function SopDocument({ id, canPublish, justPublished }: { id: string; canPublish: boolean; justPublished: boolean }) {
  const { dateTime } = useOfficeClock();
  const trpc = useTRPC();
  const sop = useQuery(trpc.admin.sop.get.queryOptions({ id }));
  if (sop.isPending) return <p>Memuat…</p>;
  if (sop.isError) return <Alert tone="error">{sop.error.message}</Alert>;
  const s = sop.data;
  const awaiting = s.steps.filter((step) => step.roleReadingNote);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">
          SOP {s.code} versi {s.version}
        </h1>
        <p>{s.title}</p>
        <p className="text-sm text-gray-700">
          {s.documentNumber} · {s.permitTypeName} · diterbitkan {dateTime(s.publishedAt)}
          {s.publishedByName ? ` oleh ${s.publishedByName}` : ""}
          {s.isLatest ? " · versi terbaru" : ` · versi terbaru adalah v${s.latestVersion}`}
        </p>
      </div>
      {justPublished ? <Alert testId="sop-published">SOP versi {s.version} telah diterbitkan. Permohonan baru memakai versi ini; berkas yang sedang berjalan tetap memakai versinya.</Alert> : null}
      {awaiting.length ? (
        <Alert tone="warning" testId="role-reading-note">
          <strong>Perhatian:</strong> pelaksana (peran) pada langkah {stepRanges(awaiting.map((step) => step.no))} adalah pembacaan yang menunggu konfirmasi
          kantor. Lihat catatan pada kolom Pelaksana.
        </Alert>
      ) : null}
      {canPublish && s.isLatest ? (
        <p>
          <Link href={`/admin/sop/${s.id}/terbitkan`} className="font-semibold text-brand-700 underline">
            Terbitkan versi baru dari versi {s.version}
          </Link>
        </p>
      ) : null}
      <Card title="Uraian prosedur">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse text-left text-sm" data-testid="sop-table">
            <caption className="sr-only">
              Langkah SOP {s.code} versi {s.version}
            </caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="px-2 py-2">No</th>
                <th scope="col" className="px-2">Kegiatan</th>
                <th scope="col" className="px-2">Pelaksana</th>
                <th scope="col" className="px-2">Kelengkapan</th>
                <th scope="col" className="px-2">Waktu</th>
                <th scope="col" className="px-2">Output</th>
              </tr>
            </thead>
            <tbody>
              {s.steps.map((step) => (
                <tr key={step.no} className="border-b align-top" data-testid={`sop-step-${step.no}`}>
                  <th scope="row" className="px-2 py-2 text-left">{step.no}</th>
                  <td className="px-2 py-2">{step.activity}</td>
                  <td className="px-2 py-2">
                    {step.roleLabel}
                    {step.roleReadingNote ? (
                      <p className="mt-1 rounded bg-amber-50 p-1 text-xs text-amber-900" data-testid="step-note">
                        Catatan: {step.roleReadingNote}
                      </p>
                    ) : null}
                  </td>
                  <td className="px-2 py-2">{step.inputs.join(", ")}</td>
                  <td className="whitespace-nowrap px-2 py-2">{step.duration}</td>
                  <td className="px-2 py-2">{step.output}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title="Jumlah waktu baku per jalur">
        <ul className="flex flex-col gap-1 text-sm" data-testid="sop-totals">
          {s.totals.paths.map((p) => (
            <li key={`${p.end}-${p.steps.join(",")}`}>
              Jalur <strong>{p.endLabel}</strong> (langkah {stepRanges(p.steps)}): <strong>{p.duration}</strong>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-gray-700">Dihitung dalam waktu kerja: satu hari = 8 jam kerja.</p>
      </Card>
      {s.notes.length || s.legalBasis.length ? (
        <Card title="Dasar hukum dan catatan">
          {s.legalBasis.length ? (
            <>
              <h3 className="font-semibold">Dasar hukum</h3>
              <ol className="mb-3 list-decimal pl-5 text-sm">
                {s.legalBasis.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ol>
            </>
          ) : null}
          {s.notes.length ? (
            <>
              <h3 className="font-semibold">Catatan</h3>
              <ul className="list-disc pl-5 text-sm">
                {s.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          ) : null}
          {s.approvedBy ? <p className="mt-2 text-sm">Disahkan oleh: {s.approvedBy}</p> : null}
        </Card>
      ) : null}
    </div>
  );
}
