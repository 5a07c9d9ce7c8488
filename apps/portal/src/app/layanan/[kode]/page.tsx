import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@perizinan/ui";
import { formatWorkingDuration } from "@perizinan/domain";
import { api } from "~/trpc/server";
import { ServiceFacts } from "../service-facts";

export const dynamic = "force-dynamic";

async function typeOf(code: string) {
  const types = await (await api()).service.permitTypes();
  return types.find((t) => t.code === decodeURIComponent(code)) ?? null;
}

export async function generateMetadata({ params }: { params: Promise<{ kode: string }> }) {
  const type = await typeOf((await params).kode);
  return { title: type ? type.name : "Layanan tidak ditemukan" };
}

/** One service's standard, as the office publishes it: requirements, procedure, time, fee, legal basis. */
export default async function ServicePage({ params }: { params: Promise<{ kode: string }> }) {
  const t = await typeOf((await params).kode);
  if (!t) notFound();
  return (
    <div className="flex flex-col gap-4">
      <Link href="/" className="text-brand-700 underline">
        ← Semua layanan
      </Link>
      <h1 className="text-2xl font-bold">{t.name}</h1>
      <Card>
        <p className="mb-4 text-gray-800">{t.description}</p>
        <ServiceFacts issuedPathMinutes={t.sop.totals.issuedPathMinutes} feeRupiah={t.feeRupiah} />
      </Card>
      <Card title="Persyaratan">
        <ol className="list-decimal pl-6">
          {t.requirements.map((r) => (
            <li key={r.code}>
              {r.name}
              {r.description ? <span className="block text-sm text-gray-700">{r.description}</span> : null}
            </li>
          ))}
        </ol>
      </Card>
      <Card title={`Prosedur (${t.sop.documentNumber})`}>
        <ol className="list-decimal pl-6 text-sm">
          {t.sop.steps.map((s) => (
            <li key={s.no}>
              {s.activity} — <span className="text-gray-700">{s.roleLabel}, {formatWorkingDuration(s.standardMinutes)}</span>
            </li>
          ))}
        </ol>
      </Card>
      <Card title="Dasar hukum">
        <ul className="list-disc pl-6 text-sm">
          {[...t.legalBasis, ...t.sop.legalBasis].map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </Card>
      {t.office.complaintChannel ? <p className="text-sm text-gray-800">{t.office.complaintChannel}</p> : null}
      <Link href="/permohonan" className="font-medium text-brand-700 underline">
        Ajukan permohonan {t.shortName}
      </Link>
    </div>
  );
}
