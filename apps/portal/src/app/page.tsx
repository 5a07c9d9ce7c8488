import { Card } from "@perizinan/ui";
import { formatWorkingDuration } from "@perizinan/domain";
import { api } from "~/trpc/server";

export const dynamic = "force-dynamic";

/** Service information, generated from each permit type's SOP and requirements. */
export default async function HomePage() {
  const types = await (await api()).service.permitTypes();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Informasi Layanan Perizinan</h1>
      {types.map((t) => (
        <Card key={t.code} title={t.name}>
          <p className="mb-4 text-gray-800">{t.description}</p>
          <dl className="mb-4 grid gap-2 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-gray-700">Standar waktu pelayanan</dt>
              <dd className="font-semibold" data-testid="service-standard">
                {formatWorkingDuration(t.sop.totals.issuedPathMinutes)} kerja (izin terbit)
              </dd>
            </div>
            <div>
              <dt className="text-sm text-gray-700">Biaya</dt>
              <dd className="font-semibold">{t.feeRupiah === 0 ? "Rp 0 (tidak dipungut biaya)" : `Rp ${t.feeRupiah.toLocaleString("id-ID")}`}</dd>
            </div>
          </dl>
          <h3 className="mb-2 font-semibold">Persyaratan</h3>
          <ol className="mb-4 list-decimal pl-6">
            {t.requirements.map((r) => (
              <li key={r.code}>{r.name}</li>
            ))}
          </ol>
          <h3 className="mb-2 font-semibold">Prosedur ({t.sop.documentNumber})</h3>
          <ol className="mb-4 list-decimal pl-6 text-sm">
            {t.sop.steps.map((s) => (
              <li key={s.no}>
                {s.activity} — <span className="text-gray-700">{s.roleLabel}, {formatWorkingDuration(s.standardMinutes)}</span>
              </li>
            ))}
          </ol>
          <h3 className="mb-2 font-semibold">Dasar hukum</h3>
          <ul className="mb-4 list-disc pl-6 text-sm">
            {[...t.legalBasis, ...t.sop.legalBasis].map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          {t.office.complaintChannel ? <p className="text-sm text-gray-800">{t.office.complaintChannel}</p> : null}
        </Card>
      ))}
    </div>
  );
}
