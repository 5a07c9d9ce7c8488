import Link from "next/link";
import { DEFAULT_OFFICE_CLOCK } from "@perizinan/api";
import { Alert, Card, formatDate, formatDateTime } from "@perizinan/ui";
import { currentOffice } from "~/server/office";
import { api } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata = { title: "Hasil Verifikasi Izin" };

/** The page a permit's QR code opens. */
export default async function VerifyNumberPage({ params }: { params: Promise<{ nomor: string }> }) {
  const { nomor } = await params;
  const [result, office] = await Promise.all([(await api()).verify.permit({ number: decodeURIComponent(nomor) }), currentOffice()]);
  const clock = office?.clock ?? DEFAULT_OFFICE_CLOCK;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Hasil Verifikasi Izin</h1>
      {result.status === "UNKNOWN" ? (
        <Alert tone="error" testId="verify-unknown">
          Nomor izin <strong>{result.number}</strong> tidak dikenal. Dokumen dengan nomor ini tidak diterbitkan oleh {office?.shortName ?? "kantor ini"}.
        </Alert>
      ) : (
        <>
          {result.status === "VALID" ? (
            <Alert tone="info" testId="verify-valid">
              ASLI dan BERLAKU: izin ini diterbitkan oleh {result.issuerName}.
            </Alert>
          ) : (
            <Alert tone="error" testId="verify-revoked">
              Izin ini ASLI tetapi telah DICABUT pada {formatDateTime(result.revokedAt, clock)}. Alasan: {result.revokedReason}
            </Alert>
          )}
          <Card>
            <dl className="grid gap-2 sm:grid-cols-2">
              <div><dt className="text-sm text-gray-700">Nomor izin</dt><dd className="font-semibold">{result.number}</dd></div>
              <div><dt className="text-sm text-gray-700">Jenis izin</dt><dd className="font-semibold">{result.permitTypeName}</dd></div>
              <div><dt className="text-sm text-gray-700">Pemegang izin</dt><dd className="font-semibold">{result.holderName}</dd></div>
              <div><dt className="text-sm text-gray-700">Tanggal terbit</dt><dd className="font-semibold">{formatDate(result.issuedAt, clock)}</dd></div>
              <div className="sm:col-span-2"><dt className="text-sm text-gray-700">Masa berlaku (sebagaimana tertulis pada izin)</dt><dd className="font-semibold" data-testid="verify-validity">{result.validityText}</dd></div>
              <div className="sm:col-span-2"><dt className="text-sm text-gray-700">Ditandatangani oleh</dt><dd className="font-semibold">{result.signedByName}, {result.signedByTitle}, pada {formatDateTime(result.signedAt, clock)}</dd></div>
            </dl>
          </Card>
        </>
      )}
      <Link href="/verifikasi" className="text-brand-700 underline">Periksa nomor lain</Link>
    </div>
  );
}
