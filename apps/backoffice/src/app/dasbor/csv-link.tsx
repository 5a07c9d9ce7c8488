import type { DashboardFilters } from "./types";

/** The tables the CSV export knows, by their names in the address. */
export type CsvTable = "ringkasan" | "tren" | "langkah" | "peran" | "pegawai" | "alasan" | "terlambat";

export function csvHref(table: CsvTable, filters: DashboardFilters): string {
  const query = new URLSearchParams({ tabel: table, dari: filters.period.from, sampai: filters.period.to });
  if (filters.permitTypeId) query.set("jenis", filters.permitTypeId);
  if (table === "tren") query.set("tren", filters.granularity);
  return `/api/dasbor/csv?${query.toString()}`;
}

/** "Unduh CSV" of one table, for the filters on screen. */
export function CsvLink({ table, filters, label }: { table: CsvTable; filters: DashboardFilters; label?: string }) {
  return (
    <a href={csvHref(table, filters)} download className="text-brand-700 underline" data-testid={`csv-${table}`}>
      {label ?? "Unduh CSV"}
    </a>
  );
}
