import type { Metadata } from "next";
import { AdminArea } from "../access";
import { StaffAdmin } from "./staff-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Akun Pegawai — Administrasi" };

export default function StaffPage() {
  return (
    <AdminArea permission="user.manage" title="Akun Pegawai" intro="Perubahan peran dan penonaktifan berlaku pada permintaan berikutnya dari pegawai tersebut, tanpa perlu menunggu ia keluar.">
      <StaffAdmin />
    </AdminArea>
  );
}
