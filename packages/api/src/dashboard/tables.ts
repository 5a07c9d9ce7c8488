import type { OfficeClock } from "@perizinan/domain";
import { BACKLOG_BUCKETS, BACKLOG_LABELS, formatWorkingDuration, ROLE_LABELS } from "@perizinan/domain";
import type { DashboardReport } from "./report";

/** How a column's values read: the CSV keeps numbers as numbers, the PDF spells them out. */
export type ColumnKind = "text" | "count" | "minutes" | "share" | "datetime";
export type CellValue = string | number | Date | null;

export interface DashboardTable {
  name: TableName;
  title: string;
  note?: string;
  columns: Array<{ label: string; kind: ColumnKind }>;
  rows: CellValue[][];
  /** Rows to emphasise in print (steps named by an SOP warning, officers holding late files). */
  emphasise?: number[];
}

export const TABLE_NAMES = ["ringkasan", "tren", "langkah", "peran", "pegawai", "alasan", "terlambat"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const text = (label: string) => ({ label, kind: "text" as const });
const count = (label: string) => ({ label, kind: "count" as const });
const minutes = (label: string) => ({ label, kind: "minutes" as const });
const share = (label: string) => ({ label, kind: "share" as const });

/** The dashboard's figures as tables, one per section, in the order the page shows them. */
/** The office's clock, for the dates in the tables and the headings that name its zone. */
export type TableClock = OfficeClock;

export function dashboardTables(report: DashboardReport, clock: TableClock): Record<TableName, DashboardTable> {
  const o = report.overview;
  const backlogColumns = BACKLOG_BUCKETS.map((b) => count(`Sedang di sini: ${BACKLOG_LABELS[b]}`));
  return {
    ringkasan: {
      name: "ringkasan",
      title: "Ringkasan",
      note: "Waktu layanan = waktu kerja kantor sejak pengajuan sampai selesai, tanpa waktu di tangan pemohon.",
      columns: [text("Ukuran"), { label: "Nilai", kind: "text" }],
      rows: [
        ["Berkas diterima", o.received],
        ["Izin terbit", o.issued],
        ["Ditolak", o.rejected],
        ["Ditarik pemohon", o.withdrawn],
        ["Dalam proses (akhir periode)", o.inProgress],
        ["Berkas dikembalikan ke pemohon", o.returnedFiles],
        ["Jumlah pengembalian", o.returns],
        ["Tingkat pengembalian (berkas diterima)", o.returnedRate === null ? null : `${formatShare(o.returnedRate)}`],
        ["Selesai sesuai standar (berkas)", o.withinStandard],
        ["Selesai sesuai standar", o.withinStandardShare === null ? null : formatShare(o.withinStandardShare)],
        ["Median waktu layanan (menit kerja)", o.medianMinutes],
        ["Persentil ke-90 waktu layanan (menit kerja)", o.p90Minutes],
        ["Standar pelayanan (menit kerja, median berkas)", o.standardMinutes],
      ],
    },
    tren: {
      name: "tren",
      title: report.granularity === "month" ? "Tren per bulan" : "Tren per minggu",
      columns: [text(report.granularity === "month" ? "Bulan mulai" : "Minggu mulai (Senin)"), count("Diterima"), count("Selesai"), count("Sesuai standar"), share("Sesuai standar (%)"), count("Dikembalikan")],
      rows: report.trends.map((p) => [p.bucket, p.received, p.completed, p.withinStandard, p.onTimeShare, p.returned]),
    },
    langkah: {
      name: "langkah",
      title: "Waktu per langkah SOP",
      note: "Langkah yang selesai dalam periode; jumlah berkas yang sedang di langkah itu dihitung saat ini.",
      columns: [
        text("Jenis izin"),
        count("Langkah"),
        text("Kegiatan"),
        text("Pelaksana"),
        minutes("Standar"),
        count("Selesai"),
        minutes("Median"),
        minutes("P90"),
        share("Tepat waktu (%)"),
        ...backlogColumns,
        minutes("Terlama menunggu"),
        text("Peringatan SOP"),
      ],
      rows: report.steps.steps.map((s) => [
        s.permitTypeName,
        s.stepNo,
        s.activity,
        ROLE_LABELS[s.role],
        s.standardMinutes,
        s.stays,
        s.medianMinutes,
        s.p90Minutes,
        s.onTimeShare,
        ...BACKLOG_BUCKETS.map((b) => s.backlog[b]),
        s.oldestMinutes,
        s.warning,
      ]),
      emphasise: report.steps.steps.flatMap((s, i) => (s.warning ? [i] : [])),
    },
    peran: {
      name: "peran",
      title: "Per peran",
      columns: [text("Peran"), count("Selesai"), minutes("Median"), minutes("P90"), share("Tepat waktu (%)"), count("Sedang berjalan"), minutes("Terlama menunggu")],
      rows: report.steps.roles.map((r) => [ROLE_LABELS[r.role], r.stays, r.medianMinutes, r.p90Minutes, r.onTimeShare, r.backlogTotal, r.oldestMinutes]),
    },
    pegawai: {
      name: "pegawai",
      title: "Per pegawai",
      columns: [text("Nama"), text("Peran"), count("Berkas ditangani"), count("Langkah selesai"), minutes("Median"), share("Tepat waktu (%)"), count("Terlambat sekarang")],
      rows: report.officers.map((p) => [p.name, p.roles.join(", "), p.files, p.stays, p.medianMinutes, p.onTimeShare, p.overdueNow]),
      emphasise: report.officers.flatMap((p, i) => (p.overdueNow > 0 ? [i] : [])),
    },
    alasan: {
      name: "alasan",
      title: "Alasan pengembalian dan penolakan",
      columns: [text("Jenis"), text("Alasan"), count("Jumlah")],
      rows: [
        ...o.reasons.returns.map((r) => ["Pengembalian", r.reason, r.count]),
        ...o.reasons.rejections.map((r) => ["Penolakan", r.reason, r.count]),
      ],
    },
    terlambat: {
      name: "terlambat",
      title: "Berkas terlambat saat ini",
      note: report.overdue.total > report.overdue.items.length ? `${report.overdue.items.length} dari ${report.overdue.total} berkas, yang paling terlambat lebih dulu.` : undefined,
      columns: [text("No. registrasi"), text("Pemohon"), text("Jenis izin"), count("Langkah"), text("Kegiatan"), text("Pelaksana"), text("Pemegang berkas"), { label: `Jatuh tempo (${clock.abbreviation})`, kind: "datetime" }, minutes("Terlambat")],
      rows: report.overdue.items.map((f) => [
        f.registrationNumber ?? f.id,
        f.applicantName,
        f.permitTypeName,
        f.step,
        f.activity,
        f.roleLabel,
        f.holders.map((h) => h.name).join(", "),
        f.dueAt,
        f.lateMinutes,
      ]),
    },
  };
}

const decimal = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateTimes = new Map<string, Intl.DateTimeFormat>();
function dateTimeIn(timeZone: string): Intl.DateTimeFormat {
  let found = dateTimes.get(timeZone);
  if (!found) dateTimes.set(timeZone, (found = new Intl.DateTimeFormat("id-ID", { timeZone, dateStyle: "medium", timeStyle: "short" })));
  return found;
}

export function formatShare(value: number): string {
  return `${percent.format(value * 100)}%`;
}

/** A cell as people read it (the PDF, the page): minutes as working days and hours, shares as %. */
export function readableCell(kind: ColumnKind, value: CellValue, clock: TableClock): string {
  if (value === null || value === undefined) return "–";
  if (value instanceof Date) return `${dateTimeIn(clock.timeZone).format(value)} ${clock.abbreviation}`;
  if (typeof value === "string") return value;
  if (kind === "minutes") return formatWorkingDuration(value);
  if (kind === "share") return formatShare(value);
  return decimal.format(value);
}
