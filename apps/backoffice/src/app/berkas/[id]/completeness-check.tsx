"use client";
import type { inferRouterOutputs } from "@trpc/server";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import { formatBytes } from "@perizinan/ui";
import { DocumentPreview } from "./document-preview";

type FileData = inferRouterOutputs<BackofficeRouter>["files"]["get"];
type Requirement = FileData["requirements"][number];

/** The clerk's judgement of one requirement; `ok` stays undefined until they decide. */
export interface Judgement {
  ok?: boolean;
  reason?: string;
  newDocument?: boolean;
}

/** What the API takes: only what the clerk decided. */
export function judgementsToSend(all: Record<string, Judgement>): Record<string, { ok: boolean; reason?: string; newDocument?: boolean }> {
  const out: Record<string, { ok: boolean; reason?: string; newDocument?: boolean }> = {};
  for (const [code, j] of Object.entries(all)) {
    if (j.ok === undefined) continue;
    out[code] = j.ok ? { ok: true } : { ok: false, reason: j.reason?.trim() ?? "", newDocument: j.newDocument === true };
  }
  return out;
}

function Preview({ requirement }: { requirement: Requirement }) {
  const doc = requirement.document;
  if (!doc) return <p className="text-sm font-medium text-red-800">Dokumen belum diunggah.</p>;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <a href={`/api/dokumen/${doc.id}`} target="_blank" rel="noreferrer" className="break-all text-brand-700 underline">
        {doc.displayName}
      </a>
      <span className="text-gray-700">{formatBytes(doc.sizeBytes)}{requirement.earlierVersions ? ` · ${requirement.earlierVersions} versi sebelumnya` : ""}</span>
      {doc.mimeType === "application/pdf" ? (
        // A PDF viewer per requirement is heavy: each opens beside its judgement when asked for.
        <DocumentPreview
          documentId={doc.id}
          mimeType={doc.mimeType}
          title={`Pratinjau ${requirement.name}`}
          summary="Lihat dokumen di sini"
          summaryClassName="min-h-11 cursor-pointer py-2 font-medium text-brand-700"
          frameClassName="h-80 w-full border"
          imageClassName="max-h-64 w-auto border object-contain"
        />
      ) : (
        // An upload behind the staff session, at its own size: next/image would fetch it without the cookie.
        // eslint-disable-next-line @next/next/no-img-element
        <img alt={`Pratinjau ${requirement.name}`} src={`/api/dokumen/${doc.id}`} className="max-h-64 w-auto border object-contain" loading="lazy" />
      )}
    </div>
  );
}

/**
 * Klarifikasi Berkas: every requirement beside its document, judged by the clerk — nothing is
 * judged until they say so. An unmet one needs a reason and a word on whether a new document is
 * required. On a resubmitted file, what was returned last time is shown with whether it was replaced.
 */
export function CompletenessCheck({
  requirements,
  judgements,
  onChange,
  errors,
}: {
  requirements: Requirement[];
  judgements: Record<string, Judgement>;
  onChange: (code: string, judgement: Judgement) => void;
  errors: Record<string, string>;
}) {
  const judged = requirements.filter((r) => judgements[r.code]?.ok !== undefined).length;
  return (
    <fieldset className="flex flex-col gap-3" data-testid="completeness-check">
      <legend className="mb-1 font-medium">Pemeriksaan kelengkapan (Klarifikasi Berkas)</legend>
      <p className="text-sm text-gray-800" data-testid="judged-count">
        Nilai setiap persyaratan setelah melihat dokumennya: {judged} dari {requirements.length} sudah dinilai.
      </p>
      {requirements.map((r) => {
        const j = judgements[r.code] ?? {};
        const error = errors[`checklist.${r.code}`];
        const name = `judge-${r.code}`;
        return (
          <div
            key={r.code}
            data-testid={`check-${r.code}`}
            className={`grid gap-3 rounded border p-3 md:grid-cols-2 ${r.lastReturn ? "border-amber-600 bg-amber-50" : ""} ${error ? "border-red-700" : ""}`}
          >
            <p className="font-semibold md:col-span-2">{r.name}</p>
            <Preview requirement={r} />
            <div className="flex flex-col gap-2 text-sm">
              {r.lastReturn ? (
                <p className="rounded bg-amber-100 p-2 text-amber-950" data-testid={`returned-${r.code}`}>
                  Dikembalikan sebelumnya: {r.lastReturn.reason}
                  {r.lastReturn.newDocument ? " · dokumen baru diminta" : ""} ·{" "}
                  <strong>{r.lastReturn.replaced ? "sudah diganti" : "belum diganti"}</strong>
                </p>
              ) : null}
              <div role="radiogroup" aria-label={`Penilaian ${r.name}`} className="flex flex-wrap gap-x-4 gap-y-1">
                <label className="flex min-h-11 items-center gap-2">
                  <input type="radio" className="h-5 w-5" name={name} checked={j.ok === true} onChange={() => onChange(r.code, { ok: true })} />
                  Memenuhi syarat
                </label>
                <label className="flex min-h-11 items-center gap-2">
                  <input type="radio" className="h-5 w-5" name={name} checked={j.ok === false} onChange={() => onChange(r.code, { ...j, ok: false })} />
                  Belum memenuhi syarat
                </label>
              </div>
              {j.ok === false ? (
                <>
                  <label className="flex flex-col gap-1">
                    Alasan belum memenuhi syarat
                    <input
                      className="min-h-11 rounded border border-gray-500 px-2 text-base"
                      value={j.reason ?? ""}
                      aria-invalid={error ? true : undefined}
                      onChange={(e) => onChange(r.code, { ...j, reason: e.target.value })}
                    />
                  </label>
                  <label className="flex min-h-11 items-center gap-2">
                    <input type="checkbox" className="h-5 w-5" checked={j.newDocument === true} onChange={(e) => onChange(r.code, { ...j, newDocument: e.target.checked })} />
                    Pemohon harus mengunggah dokumen baru
                  </label>
                </>
              ) : null}
              {error ? (
                <p className="font-medium text-red-800" data-testid={`check-error-${r.code}`}>
                  {error}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
