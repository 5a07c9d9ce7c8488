import type { CellValue, ColumnKind, DashboardTable } from "./tables";

/**
 * CSV as an Indonesian office opens it: Excel set to Indonesian reads ";" as the separator and ","
 * as the decimal mark, and needs the UTF-8 byte-order mark to show "≤" and names correctly.
 */
const SEPARATOR = ";";
const BOM = "\uFEFF";

/** "2026-12-03 14:05" on the office's clock: a form spreadsheets sort and read as a date. */
function localDateTime(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "short" }).format(value);
}

function csvCell(kind: ColumnKind, value: CellValue, timeZone: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return localDateTime(value, timeZone);
  if (typeof value === "string") return value;
  const n = kind === "share" ? value * 100 : value;
  return (Math.round(n * 10) / 10).toString().replace(".", ",");
}

function quote(field: string): string {
  return /[";\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The table as CSV, its dates on the office's clock (the zone its headings name). */
export function tableToCsv(table: DashboardTable, timeZone: string): string {
  const header = table.columns.map((c) => (c.kind === "minutes" ? `${c.label} (menit kerja)` : c.label));
  const lines = [header, ...table.rows.map((row) => row.map((value, i) => csvCell(table.columns[i]?.kind ?? "text", value, timeZone)))];
  return BOM + lines.map((fields) => fields.map(quote).join(SEPARATOR)).join("\r\n") + "\r\n";
}
