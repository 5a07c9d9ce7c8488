import type { Metadata } from "next";
import { adminAccess, BackToAdmin, NoAccess } from "../access";
import { AgendaBooksAdmin } from "./agenda-books-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Buku Agenda — Administrasi" };

export default async function AgendaBooksPage() {
  if (!(await adminAccess("agendaBook.manage")).allowed) return <NoAccess />;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <BackToAdmin />
        <h1 className="text-2xl font-bold">Buku Agenda</h1>
        <p className="text-sm text-gray-700">
          Nomor diberikan berurutan tanpa celah per buku dan per tahun. Mengubah format tidak mengubah nomor yang sudah diberikan; nomor berikutnya
          melanjutkan urutan tahun ini.
        </p>
      </div>
      <AgendaBooksAdmin />
    </div>
  );
}
