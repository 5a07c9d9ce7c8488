import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@perizinan/domain";
import { Card } from "@perizinan/ui";
import { adminAccess, NoAccess } from "./access";
import { ADMIN_AREAS } from "./areas";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Administrasi — Back Office Perizinan" };

export default async function AdminPage() {
  const { actor, allowed } = await adminAccess("administration");
  if (!allowed) return <NoAccess />;
  const areas = ADMIN_AREAS.filter((area) => can(actor, area.permission));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Administrasi</h1>
      <p className="text-gray-700">Pengaturan kantor: akun pegawai, kalender kerja, persyaratan izin, buku agenda, dan SOP.</p>
      <ul className="grid gap-4 sm:grid-cols-2" data-testid="admin-areas">
        {areas.map((area) => (
          <li key={area.href}>
            <Card className="h-full">
              <h2 className="text-lg font-semibold">
                <Link href={area.href} className="text-brand-700 underline">
                  {area.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-gray-700">{area.description}</p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
