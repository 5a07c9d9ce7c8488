"use client";
import { useId, useState } from "react";
import { Button } from "./button";
import { formatBytes } from "./format";
import { fitToLimit, type UploadOutcome } from "./upload";

export interface RequirementView {
  code: string;
  name: string;
  description: string;
  maxBytes: number;
  document: { id: string; displayName: string; sizeBytes: number } | null;
}

/**
 * One requirement's upload: the current document, a progress bar while sending, the refusal in
 * words, replace and remove. Where the bytes go is the caller's (portal or counter).
 */
export function RequirementUpload({
  requirement,
  returnReason,
  documentUrl,
  upload,
  remove,
  removing,
  removeError,
}: {
  requirement: RequirementView;
  returnReason?: string;
  documentUrl: (documentId: string) => string;
  upload: (file: File, onProgress: (share: number) => void) => Promise<UploadOutcome>;
  /** Omitted where removing is not offered (the upload can still be replaced). */
  remove?: () => void;
  removing?: boolean;
  removeError?: string | null;
}) {
  const inputId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const doc = requirement.document;

  async function onChoose(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    input.value = "";
    if (!chosen) return;
    setError(null);
    setProgress(0);
    try {
      const result = await upload(await fitToLimit(chosen, requirement.maxBytes), setProgress);
      if (!result.ok) setError(result.message);
    } catch {
      setError("Berkas tidak dapat diproses. Coba berkas lain.");
    } finally {
      setProgress(null);
    }
  }

  return (
    <li className="rounded-md border border-gray-300 p-3" data-testid={`requirement-${requirement.code}`}>
      <p className="font-semibold">{requirement.name}</p>
      <p className="text-sm text-gray-700">{requirement.description}</p>
      {returnReason ? (
        <p className="mt-1 text-sm font-semibold text-red-800" data-testid="return-reason">
          Alasan dikembalikan: {returnReason}
        </p>
      ) : null}
      {doc ? (
        <p className="mt-2 text-sm" data-testid="uploaded">
          Terunggah:{" "}
          <a href={documentUrl(doc.id)} target="_blank" rel="noreferrer" className="text-brand-700 underline">
            {doc.displayName}
          </a>{" "}
          ({formatBytes(doc.sizeBytes)})
        </p>
      ) : (
        <p className="mt-2 text-sm text-gray-700">Belum diunggah.</p>
      )}
      {progress !== null ? (
        <div className="mt-2">
          <label htmlFor={`${inputId}-progress`} className="text-sm">
            Mengunggah… {Math.round(progress * 100)}%
          </label>
          <progress id={`${inputId}-progress`} className="block w-full" max={1} value={progress} data-testid="upload-progress" />
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-800" data-testid="upload-error">
          {error}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <label
          htmlFor={inputId}
          className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-gray-400 bg-white px-4 text-sm font-semibold hover:bg-gray-50"
        >
          {doc ? "Ganti berkas" : "Pilih berkas"}
          <span className="sr-only"> untuk {requirement.name}</span>
        </label>
        <input
          id={inputId}
          type="file"
          className="sr-only"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          onChange={(e) => void onChoose(e.currentTarget)}
          disabled={progress !== null}
          data-testid={`file-input-${requirement.code}`}
        />
        {doc && remove ? (
          <Button variant="secondary" onClick={remove} disabled={removing}>
            Hapus<span className="sr-only"> {requirement.name}</span>
          </Button>
        ) : null}
      </div>
      {removeError ? <p className="text-sm text-red-800">{removeError}</p> : null}
      <p className="mt-1 text-xs text-gray-700">
        PDF, JPG, atau PNG; maksimal {formatBytes(requirement.maxBytes)}. Foto yang lebih besar diperkecil otomatis.
      </p>
    </li>
  );
}
