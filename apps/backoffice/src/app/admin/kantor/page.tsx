import type { Metadata } from "next";
import { AdminArea } from "../access";
import { OfficeAdmin } from "./office-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Data Kantor — Administrasi" };

export default function OfficePage() {
  return (
    <AdminArea permission="office.manage" title="Data Kantor dan Kop Surat" intro="Nama, alamat dan lambang daerah dicetak pada kop setiap surat. Surat yang sudah dibuat tetap memakai kop saat dibuat; surat berikutnya memakai data yang baru.">
      <OfficeAdmin />
    </AdminArea>
  );
}
