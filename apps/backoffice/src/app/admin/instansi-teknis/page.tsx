import type { Metadata } from "next";
import { AdminArea } from "../access";
import { AgenciesAdmin } from "./agencies-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Instansi Teknis — Administrasi" };

export default function AgenciesPage() {
  return (
    <AdminArea
      permission="office.manage"
      title="Instansi Teknis dan Anggota Tim Teknis"
      intro="Instansi yang menilai suatu jenis izin memberi rekomendasinya dengan kopnya sendiri. Pada langkah penugasan Tim Teknis hanya anggota instansi jenis izin itu yang dapat dipilih; berkas yang sudah ditugaskan tetap pada timnya."
    >
      <AgenciesAdmin />
    </AdminArea>
  );
}
