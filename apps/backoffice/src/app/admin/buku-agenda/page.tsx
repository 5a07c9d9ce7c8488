import type { Metadata } from "next";
import { AdminArea } from "../access";
import { AgendaBooksAdmin } from "./agenda-books-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Buku Agenda — Administrasi" };

export default function AgendaBooksPage() {
  return (
    <AdminArea permission="agendaBook.manage" title="Buku Agenda" intro="Nomor diberikan berurutan tanpa celah per buku dan per tahun. Mengubah format tidak mengubah nomor yang sudah diberikan; nomor berikutnya melanjutkan urutan tahun ini.">
      <AgendaBooksAdmin />
    </AdminArea>
  );
}
