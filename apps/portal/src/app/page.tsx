import Link from "next/link";
import { Card } from "@perizinan/ui";
import { api } from "~/trpc/server";
import { ServiceFacts } from "./layanan/service-facts";

export const dynamic = "force-dynamic";

/**
 * The office's services at a glance: each permit type with its service standard and fee, and a
 * link to its requirements and procedure (an office issues dozens of kinds; one page each).
 */
export default async function HomePage() {
  const types = await (await api()).service.permitTypes();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Informasi Layanan Perizinan</h1>
      <p className="text-gray-800">Pilih jenis izin untuk melihat persyaratan, prosedur, standar waktu, dan dasar hukumnya.</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {types.map((t) => (
          <li key={t.code} data-testid={`service-${t.code}`}>
            <Card title={t.name}>
              <p className="mb-3 text-gray-800">{t.description}</p>
              <ServiceFacts issuedPathMinutes={t.sop.totals.issuedPathMinutes} feeRupiah={t.feeRupiah} className="mb-3" />
              <Link href={`/layanan/${encodeURIComponent(t.code)}`} className="font-medium text-brand-700 underline">
                Persyaratan dan prosedur {t.shortName}
              </Link>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
