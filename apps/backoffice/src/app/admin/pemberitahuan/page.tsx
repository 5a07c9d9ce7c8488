import type { Metadata } from "next";
import { AdminArea } from "../access";
import { NotificationLog } from "./notification-log";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pemberitahuan — Administrasi" };

export default function NotificationsPage() {
  return (
    <AdminArea
      permission="notification.manage"
      title="Pemberitahuan"
      intro="Setiap pesan yang dikirim kantor kepada pemohon dan pegawai: email, WhatsApp dan pemberitahuan di aplikasi, dengan statusnya, jawaban server pada percobaan terakhir, dan riwayat percobaan. Pesan yang gagal atau belum dikirim dapat dikirim ulang. Isi rahasia (tautan atur ulang kata sandi) tidak pernah ditampilkan."
    >
      <NotificationLog />
    </AdminArea>
  );
}
