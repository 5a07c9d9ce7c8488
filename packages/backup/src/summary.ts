import type { BackupResult } from "./backup";
import type { RestoreResult } from "./restore";

/** "1,2 MB": sizes as an Indonesian operator reads them. */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString("id-ID", { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

const number = (n: number) => n.toLocaleString("id-ID");

export function backupSummary(result: BackupResult): string[] {
  const { manifest } = result;
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const documentBytes = manifest.documents.reduce((sum, d) => sum + d.sizeBytes, 0);
  return [
    `Cadangan dibuat: ${result.file} (${formatBytes(result.sizeBytes)})`,
    `  Tabel   : ${number(manifest.tables.length)} (${number(rows)} baris)`,
    `  Dokumen : ${number(manifest.documents.length)} (${formatBytes(documentBytes)})`,
    `  Migrasi : ${number(manifest.migrations.length)}${manifest.migrations.length ? ` (terakhir ${manifest.migrations.at(-1)!.name})` : ""}`,
    "Simpan arsip ini seaman database itu sendiri: isinya seluruh data pemohon dan petugas.",
  ];
}

export function restoreSummary(result: RestoreResult): string[] {
  return [
    `Cadangan ${result.manifest.createdAt} dipulihkan.`,
    ...(result.replacedTables > 0 ? [`  Diganti : ${number(result.replacedTables)} tabel yang sudah ada`] : []),
    `  Tabel   : ${number(result.tables)} (${number(result.rows)} baris)`,
    `  Dokumen : ${number(result.documents)} (${formatBytes(result.documentBytes)})`,
    `  Migrasi : ${number(result.manifest.migrations.length)} dari cadangan` +
      (result.appliedMigrations.length ? `, lalu ${number(result.appliedMigrations.length)} yang lebih baru: ${result.appliedMigrations.join(", ")}` : ""),
  ];
}
