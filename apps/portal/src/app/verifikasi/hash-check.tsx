"use client";
import { useQuery } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { Alert, Card, FilePicker, useOfficeClock } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";

/** True once the page's script runs (false in the server's HTML): nothing to subscribe to. */
const noSubscription = () => () => undefined;

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Proves a copy genuine without uploading it: the browser computes the PDF's SHA-256 and asks
 * whether the office issued a document with exactly that fingerprint.
 */
export function HashCheck() {
  const { dateTime } = useOfficeClock();
  const trpc = useTRPC();
  const [hash, setHash] = useState<string | null>(null);
  // The fingerprint is computed by the page's script: without it the button would do nothing.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const result = useQuery({ ...trpc.verify.documentHash.queryOptions({ sha256: hash ?? "0".repeat(64) }), enabled: hash !== null });
  async function check(file: File | undefined) {
    if (file) setHash(await sha256Hex(file));
  }
  return (
    <Card title="Cek keaslian salinan PDF">
      {scripted ? (
        <FilePicker label="Pilih berkas PDF surat yang ingin diperiksa" accept="application/pdf,.pdf" onFile={(file) => void check(file)} hint="Berkas tidak dikirim: sidik jarinya (SHA-256) dihitung di peramban Anda lalu dicocokkan." />
      ) : (
        <p className="text-sm text-gray-800">
          Pemeriksaan salinan PDF dihitung di peramban Anda dan memerlukan JavaScript. Tanpa JavaScript, periksa nomor izin di atas atau pindai kode QR pada surat.
        </p>
      )}
      {hash ? <p className="mt-2 break-all font-mono text-xs">SHA-256: {hash}</p> : null}
      {result.data?.genuine ? (
        <Alert tone="info" testId="hash-genuine">
          ASLI: dokumen ini diterbitkan DPMPTSP{result.data.number ? ` dengan nomor ${result.data.number}` : ""} pada {dateTime(result.data.issuedAt)}.
        </Alert>
      ) : null}
      {result.data && !result.data.genuine ? (
        <Alert tone="error" testId="hash-unknown">
          Tidak cocok: tidak ada dokumen terbitan kantor dengan sidik jari ini. Salinan ini mungkin diubah atau bukan terbitan DPMPTSP.
        </Alert>
      ) : null}
    </Card>
  );
}
