import { can, type Actor, type Permission } from "@perizinan/domain";

/** The administration's areas; the domain's permissions decide who sees and opens each. */
export const ADMIN_AREAS: ReadonlyArray<{ href: string; title: string; description: string; permission: Permission }> = [
  { href: "/admin/kantor", title: "Data Kantor dan Kop Surat", description: "Nama dinas, baris kop, alamat dan kontak, lambang daerah, zona waktu.", permission: "office.manage" },
  { href: "/admin/pegawai", title: "Akun Pegawai", description: "Membuat akun, memberi dan mencabut peran, menonaktifkan akun, mengatur ulang kata sandi.", permission: "user.manage" },
  { href: "/admin/hari-libur", title: "Kalender Hari Libur", description: "Hari libur nasional dan cuti bersama yang tidak dihitung sebagai waktu kerja; jam kerja biasa dan perubahannya mulai tanggal tertentu; jam kerja khusus (Ramadan).", permission: "calendar.manage" },
  { href: "/admin/instansi-teknis", title: "Instansi Teknis", description: "Instansi yang menilai jenis izin (kop rekomendasinya) dan anggota Tim Teknis tiap instansi.", permission: "office.manage" },
  { href: "/admin/jenis-izin", title: "Jenis Izin", description: "Definisi tiap jenis izin: identitas, formulir pemohon, persyaratan, alur SOP, templat surat, buku agenda; draf, terbitkan versi, ekspor dan impor JSON.", permission: "permitType.manage" },
  { href: "/admin/buku-agenda", title: "Buku Agenda", description: "Format nomor izin dan surat keluar, serta jumlah nomor yang sudah diberikan tahun ini.", permission: "agendaBook.manage" },
  { href: "/admin/pemberitahuan", title: "Pemberitahuan", description: "Log email, WhatsApp dan pemberitahuan di aplikasi: status, jawaban server, riwayat percobaan; kirim ulang pesan yang gagal.", permission: "notification.manage" },
  { href: "/admin/sop", title: "SOP", description: "Versi SOP tiap jenis izin; menerbitkan versi baru (pelaksana dan waktu baku langkah).", permission: "sop.manage" },
];

/** Whether the actor may open the administration at all (the header link and the index page). */
export function canOpenAdministration(actor: Actor | null | undefined): boolean {
  return !!actor && ADMIN_AREAS.some((area) => can(actor, area.permission));
}
