import type { Metadata } from "next";
import { adminAccess, BackToAdmin, NoAccess } from "../access";
import { PermitTypesAdmin } from "./permit-types-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Jenis Izin dan Persyaratan — Administrasi" };

export default async function PermitTypesPage() {
  if (!(await adminAccess("permitType.manage")).allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackToAdmin />
        <h1 className="text-2xl font-bold">Jenis Izin dan Persyaratan</h1>
        <p className="text-sm text-gray-700">
          Perubahan persyaratan berlaku untuk unggahan berikutnya. Dokumen yang sudah diunggah pemohon tidak berubah.
        </p>
      </div>
      <PermitTypesAdmin />
    </div>
  );
}
