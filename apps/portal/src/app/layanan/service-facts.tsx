import { formatWorkingDuration } from "@perizinan/domain";

/** A fee as the service pages print it; a free permit says so. */
function feeText(feeRupiah: number): string {
  return feeRupiah === 0 ? "Rp 0 (tidak dipungut biaya)" : `Rp ${feeRupiah.toLocaleString("id-ID")}`;
}

/** The two facts every service states first: how long it takes (working time) and what it costs. */
export function ServiceFacts({ issuedPathMinutes, feeRupiah, className }: { issuedPathMinutes: number; feeRupiah: number; className?: string }) {
  return (
    <dl className={`grid gap-2 sm:grid-cols-2 ${className ?? ""}`}>
      <div>
        <dt className="text-sm text-gray-700">Standar waktu pelayanan</dt>
        <dd className="font-semibold" data-testid="service-standard">
          {formatWorkingDuration(issuedPathMinutes)} kerja (izin terbit)
        </dd>
      </div>
      <div>
        <dt className="text-sm text-gray-700">Biaya</dt>
        <dd className="font-semibold">{feeText(feeRupiah)}</dd>
      </div>
    </dl>
  );
}
