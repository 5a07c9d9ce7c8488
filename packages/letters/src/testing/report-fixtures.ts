// A realistic monthly report (November 2026): used by the tests and by render-samples.ts.

import type { MonthlyReportInput, ReportTable } from "../types";
import { KADIS, LETTERHEAD } from "./fixtures";

/** Monday 30 November 2026, 08.15 WIB. */
export const REPORT_DATE = new Date("2026-11-30T01:15:00Z");

const STEPS: Array<[number, string, string, string]> = [
  [2, "Menerima dan memeriksa kelengkapan berkas", "Front Office", "15 menit"],
  [3, "Memberikan Resi Penerimaan Berkas", "Front Office", "5 menit"],
  [4, "Mengentri berkas permohonan dalam aplikasi e-perizinan dan meneruskan ke Backoffice", "Front Office", "30 menit"],
  [5, "Verifikasi Berkas dan proses permohonan izin", "Back Office", "1 hari kerja"],
  [6, "Koordinasi Tim Teknis", "Tim Teknis", "1 hari kerja"],
  [7, "Peninjauan lapangan", "Tim Teknis", "1 hari kerja"],
  [8, "Pemberian Rekomendasi", "Tim Teknis", "1 hari kerja"],
  [17, "Mencetak Izin dan Pemberian Paraf", "Back Office", "2 jam"],
  [18, "Pemberian Paraf/verifikasi", "Kepala Bidang Pelayanan", "2 jam"],
  [19, "Pemberian Paraf/verifikasi", "Sekretaris", "2 jam"],
  [20, "Penandatanganan Surat Izin", "Kepala Dinas", "4 jam"],
  [21, "Memberikan Nomor Izin", "Kasubbag Umum", "1 jam"],
];

export const STEP_TABLE: ReportTable = {
  title: "Waktu per langkah SOP",
  note: "Median dan persentil ke-90 waktu yang dipakai setiap langkah, dibandingkan dengan standar waktu pada SOP.",
  columns: ["No.", "Kegiatan", "Pelaksana", "Standar", "Selesai", "Median", "P90", "Tepat Waktu"],
  rows: STEPS.map(([no, activity, role, standard], i) => [
    String(no),
    activity,
    role,
    standard,
    String(40 - i),
    i % 3 === 0 ? "0,6 hari kerja" : `${10 + i * 7} menit`,
    i % 3 === 0 ? "1,4 hari kerja" : `${25 + i * 9} menit`,
    `${(97.5 - i * 2.5).toFixed(1).replace(".", ",")}%`,
  ]),
  numeric: [0, 4, 5, 6, 7],
  // The technical team's steps 6–8, named in the SOP's warning.
  emphasise: [4, 5, 6],
};

const APPLICANTS = ["Rina Situmorang", "Hotma Sihombing", "Yohana Manik", "Dedi Pardede", "Sarma Nainggolan", "Benny Tampubolon"];
const FACILITIES = ["RSUD Sidikalang", "Puskesmas Sitinjo", "Klinik Pratama Dairi Sehat", "Puskesmas Parongil", "RS Bethesda Sidikalang"];

/** 120 files completed in the month: long enough to run over several pages. */
export const FILES_TABLE: ReportTable = {
  title: "Daftar berkas selesai",
  note: "Berkas yang selesai diproses pada periode laporan, berurutan menurut nomor registrasi.",
  columns: ["No.", "Nomor Registrasi", "Pemohon", "Tempat Bekerja", "Diterima", "Selesai", "Lama (hari kerja)", "Hasil"],
  rows: Array.from({ length: 120 }, (_, i) => {
    const overdue = i % 17 === 5;
    return [
      `${i + 1}.`,
      `PM-2026-${String(101 + i).padStart(6, "0")}`,
      `${APPLICANTS[i % APPLICANTS.length]}, A.Md.RMIK`,
      FACILITIES[i % FACILITIES.length] ?? "",
      `${1 + (i % 20)} Nov 2026`,
      `${4 + (i % 20)} Nov 2026`,
      overdue ? "7" : String(2 + (i % 3)),
      i % 11 === 3 ? "Ditolak" : "Izin terbit",
    ];
  }),
  numeric: [0, 6],
  emphasise: Array.from({ length: 120 }, (_, i) => i).filter((i) => i % 17 === 5),
};

export const OFFICERS_TABLE: ReportTable = {
  title: "Kinerja per petugas",
  columns: ["Petugas", "Jabatan", "Langkah Selesai", "Tepat Waktu", "Rata-rata"],
  rows: [
    ["Dewi Sinaga", "Petugas Front Office", "112", "98,2%", "12 menit"],
    ["Januarius Lingga", "Kepala Bidang Pelayanan", "40", "92,5%", "1,6 jam"],
    ["Rusmauli Siregar, SE", "Sekretaris", "40", "95,0%", "1,2 jam"],
    ["OLOAN HASUGIAN, ST", "Kepala Dinas", "38", "89,5%", "3,1 jam"],
  ],
  numeric: [2, 3, 4],
};

export const EMPTY_TABLE: ReportTable = {
  title: "Berkas melewati standar waktu",
  note: "Berkas yang masih dalam proses dan telah melewati standar waktu pelayanan.",
  columns: ["No.", "Nomor Registrasi", "Langkah", "Terlambat"],
  rows: [],
  numeric: [0, 3],
};

export function reportSample(): MonthlyReportInput {
  return {
    office: LETTERHEAD,
    title: "LAPORAN BULANAN KINERJA PELAYANAN PERIZINAN",
    periodLabel: "November 2026",
    permitTypeLabel: "Semua jenis izin",
    generatedAt: REPORT_DATE,
    highlights: (
      [
        ["Berkas diterima", "46"],
        ["Berkas selesai", "120"],
        ["Selesai tepat waktu", "112 (93,3%)"],
        ["Median waktu penyelesaian", "3,2 hari kerja"],
        ["Berkas dalam proses", "14"],
        ["Melewati standar waktu", "0"],
        ["Izin terbit", "109"],
      ] as const
    ).map(([label, value]) => ({ label, value })),
    chart: {
      title: "Berkas diterima dan selesai per minggu",
      categories: ["Minggu 1 (1–7 Nov)", "Minggu 2 (8–14 Nov)", "Minggu 3 (15–21 Nov)", "Minggu 4 (22–28 Nov)", "29–30 Nov"],
      series: [
        { name: "Diterima", values: [12, 9, 14, 10, 1] },
        { name: "Selesai", values: [28, 31, 34, 25, 2] },
      ],
    },
    tables: [STEP_TABLE, OFFICERS_TABLE, FILES_TABLE, EMPTY_TABLE],
    signer: { title: KADIS.title, name: KADIS.name, nip: KADIS.nip ?? undefined, city: "Sidikalang" },
  };
}
