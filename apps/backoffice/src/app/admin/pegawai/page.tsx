import type { Metadata } from "next";
import { adminAccess, BackToAdmin, NoAccess } from "../access";
import { StaffAdmin } from "./staff-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Akun Pegawai — Administrasi" };

export default async function StaffPage() {
  if (!(await adminAccess("user.manage")).allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackToAdmin />
        <h1 className="text-2xl font-bold">Akun Pegawai</h1>
        <p className="text-sm text-gray-700">
          Perubahan peran dan penonaktifan berlaku pada permintaan berikutnya dari pegawai tersebut, tanpa perlu menunggu ia keluar.
        </p>
      </div>
      <StaffAdmin />
    </div>
  );
}
