import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { backofficeRouter } from "../backoffice";
import type { Context } from "../context";
import { createCallerFactory } from "../trpc";
import { monthPeriod, officeClock, type Period } from "@perizinan/domain";
import { renderMonthlyReport, type ReportTable } from "@perizinan/letters";
import { letterheadOf, withEmblem } from "@perizinan/usecases";
import { tableToCsv } from "./csv";
import { dashboardTables, formatShare, readableCell, TABLE_NAMES, type ColumnKind, type DashboardTable, type TableClock } from "./tables";

/** The query string of a CSV download, as the dashboard page links it (Indonesian names). */
export const csvExportQuery = z.object({
  tabel: z.enum(TABLE_NAMES, { error: "Tabel tidak dikenal." }),
  dari: z.string(),
  sampai: z.string(),
  jenis: z.string().max(60).optional(),
  tren: z.enum(["week", "month"]).default("week"),
});

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Uint8Array;
}

/** The clock of the user's office (the procedure called before has checked the user). */
async function clockOfUsersOffice(ctx: Context): Promise<TableClock> {
  const office = await ctx.db.office.findUniqueOrThrow({ where: { id: ctx.user?.officeId ?? "" }, select: { timeZone: true } });
  return officeClock(office.timeZone);
}

/**
 * One dashboard table as CSV. Goes through the same tRPC procedure as the page (permission,
 * validation and all), so a download can never show more than the page would.
 */
export async function dashboardCsv(ctx: Context, query: Record<string, string>): Promise<ExportFile> {
  const q = csvExportQuery.parse(query);
  const caller = createCallerFactory(backofficeRouter)(ctx);
  const report = await caller.dashboard.report({ period: { from: q.dari, to: q.sampai }, permitTypeId: q.jenis || null, granularity: q.tren });
  const clock = await clockOfUsersOffice(ctx);
  const table = dashboardTables(report, clock)[q.tabel];
  return { filename: `dasbor-${q.tabel}-${q.dari}-sd-${q.sampai}.csv`, contentType: "text/csv; charset=utf-8", body: tableToCsv(table, clock.timeZone) };
}

const STATUS_OF: Record<string, number> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

/** What a download route answers when the export is refused: the status and an Indonesian sentence. */
export function exportRefusal(error: unknown): { status: number; message: string } | null {
  if (error instanceof z.ZodError) return { status: 400, message: error.issues.map((i) => i.message).join(" ") };
  if (error instanceof TRPCError) {
    const zod = error.cause instanceof z.ZodError ? error.cause : null;
    return { status: STATUS_OF[error.code] ?? 400, message: zod ? zod.issues.map((i) => i.message).join(" ") : error.message };
  }
  return null;
}

export const monthlyReportQuery = z.object({
  bulan: z.string().refine((v) => monthPeriod(v) !== null, "Bulan tidak valid; pilih bulan seperti 2026-11."),
  jenis: z.string().max(60).optional(),
});

const monthLabel = (month: string): string =>
  new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));

/**
 * The printable monthly report: the same figures as the dashboard for one calendar month, as a PDF
 * on the office's letterhead, signed off by the head of office.
 */
export async function dashboardMonthlyPdf(ctx: Context, query: Record<string, string>, now = new Date()): Promise<ExportFile> {
  const q = monthlyReportQuery.parse(query);
  const period = monthPeriod(q.bulan) as Period;
  const caller = createCallerFactory(backofficeRouter)(ctx);
  const report = await caller.dashboard.report({ period, permitTypeId: q.jenis || null, granularity: "week" });
  // The procedure above has checked the user: staff of an office, allowed to see the dashboard.
  const officeId = ctx.user?.officeId as string;
  const [office, permitType, head] = await Promise.all([
    ctx.db.office.findUniqueOrThrow({ where: { id: officeId } }),
    q.jenis ? ctx.db.permitType.findFirst({ where: { id: q.jenis, officeId }, select: { name: true } }) : null,
    ctx.db.user.findFirst({ where: { officeId, active: true, roles: { some: { role: "KADIS" } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const clock = officeClock(office.timeZone);
  const tables = dashboardTables(report, clock);
  const o = report.overview;
  const readable = (kind: ColumnKind, value: number | null) => readableCell(kind, value, clock);
  const bytes = await renderMonthlyReport({
    office: await withEmblem(letterheadOf(office), ctx.storage),
    title: "LAPORAN BULANAN KINERJA PELAYANAN PERIZINAN",
    periodLabel: monthLabel(q.bulan),
    permitTypeLabel: permitType?.name ?? "Semua jenis izin",
    generatedAt: now,
    highlights: [
      { label: "Berkas diterima", value: readable("count", o.received) },
      { label: "Izin terbit", value: readable("count", o.issued) },
      { label: "Ditolak", value: readable("count", o.rejected) },
      { label: "Ditarik pemohon", value: readable("count", o.withdrawn) },
      { label: "Dalam proses (akhir bulan)", value: readable("count", o.inProgress) },
      { label: "Selesai sesuai standar", value: o.withinStandardShare === null ? "–" : `${formatShare(o.withinStandardShare)} (${o.withinStandard} berkas)` },
      { label: "Median waktu layanan", value: readable("minutes", o.medianMinutes) },
      { label: "Persentil ke-90", value: readable("minutes", o.p90Minutes) },
      { label: "Standar pelayanan", value: readable("minutes", o.standardMinutes) },
      { label: "Tingkat pengembalian", value: o.returnedRate === null ? "–" : formatShare(o.returnedRate) },
      { label: "Berkas terlambat saat dicetak", value: readable("count", report.overdue.total) },
    ],
    chart: {
      title: "Berkas diterima dan selesai per minggu",
      categories: report.trends.map((p) => `${p.bucket.slice(8, 10)}/${p.bucket.slice(5, 7)}`),
      series: [
        { name: "Diterima", values: report.trends.map((p) => p.received) },
        { name: "Selesai", values: report.trends.map((p) => p.completed) },
      ],
    },
    tables: (["tren", "langkah", "peran", "pegawai", "alasan", "terlambat"] as const).map((name) => printable(tables[name], clock)),
    ...(head ? { signer: { title: head.jobTitle ?? "Kepala Dinas", name: head.name, nip: head.nip ?? undefined, city: office.city } } : {}),
  });
  return { filename: `laporan-kinerja-${q.bulan}.pdf`, contentType: "application/pdf", body: bytes };
}

function printable(table: DashboardTable, clock: TableClock): ReportTable {
  return {
    title: table.title,
    ...(table.note ? { note: table.note } : table.name === "terlambat" ? { note: "Keadaan pada saat laporan dicetak." } : {}),
    columns: table.columns.map((c) => c.label),
    rows: table.rows.map((row) => row.map((value, i) => readableCell(table.columns[i]?.kind ?? "text", value, clock))),
    numeric: table.columns.flatMap((c, i) => (c.kind === "count" || c.kind === "minutes" || c.kind === "share" ? [i] : [])),
    ...(table.emphasise ? { emphasise: table.emphasise } : {}),
  };
}
