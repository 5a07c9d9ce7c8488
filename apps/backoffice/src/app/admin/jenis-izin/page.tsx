import type { Metadata } from "next";
import { AdminArea } from "../access";
import { PermitTypesAdmin } from "./permit-types-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Jenis Izin dan Persyaratan — Administrasi" };

export default function PermitTypesPage() {
  return (
    <AdminArea permission="permitType.manage" title="Jenis Izin dan Persyaratan" intro="Perubahan persyaratan berlaku untuk unggahan berikutnya. Dokumen yang sudah diunggah pemohon tidak berubah.">
      <PermitTypesAdmin />
    </AdminArea>
  );
}
