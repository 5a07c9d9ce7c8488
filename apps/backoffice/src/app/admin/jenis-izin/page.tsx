import type { Metadata } from "next";
import { AdminArea } from "../access";
import { PermitTypeList } from "./permit-type-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Jenis Izin — Administrasi" };

export default function PermitTypesPage() {
  return (
    <AdminArea
      permission="permitType.manage"
      title="Jenis Izin"
      intro="Setiap jenis izin adalah satu definisi berversi: identitas, formulir, persyaratan, alur, surat, dan buku agenda. Perubahan disusun sebagai draf lalu diterbitkan sebagai versi baru; berkas yang sedang berjalan tetap memakai versinya."
    >
      <PermitTypeList />
    </AdminArea>
  );
}
