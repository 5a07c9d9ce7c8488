import type { Metadata } from "next";
import { adminAccess, BackToAdmin, NoAccess } from "../access";
import { OfficeAdmin } from "./office-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Data Kantor — Administrasi" };

export default async function OfficePage() {
  if (!(await adminAccess("office.manage")).allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackToAdmin />
        <h1 className="text-2xl font-bold">Data Kantor dan Kop Surat</h1>
        <p className="text-sm text-gray-700">
          Nama, alamat dan lambang daerah dicetak pada kop setiap surat. Surat yang sudah dibuat tetap memakai kop saat dibuat; surat berikutnya memakai data yang baru.
        </p>
      </div>
      <OfficeAdmin />
    </div>
  );
}
