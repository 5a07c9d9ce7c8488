import { z } from "zod";
import { formatAgendaNumber } from "@perizinan/db/files";

export const AGENDA_PLACEHOLDERS = ["{seq}", "{year}", "{month}"] as const;

/** Why a number format cannot be used; empty when it can. */
export function agendaFormatProblems(format: string): string[] {
  const problems: string[] = [];
  if (!format.includes("{seq}")) {
    problems.push("Format harus memuat {seq} (nomor urut); tanpa itu setiap surat akan mendapat nomor yang sama.");
  }
  const unknown = [...new Set(format.match(/\{[^{}]*\}/g) ?? [])].filter((p) => !(AGENDA_PLACEHOLDERS as readonly string[]).includes(p));
  if (unknown.length) {
    problems.push(`Penanda ${unknown.join(", ")} tidak dikenal. Yang dapat dipakai: {seq} (nomor urut), {year} (tahun), {month} (bulan, angka Romawi).`);
  }
  if (!format.includes("{year}")) {
    // Sequences restart every year: without the year, January's numbers would repeat last year's.
    problems.push("Format harus memuat {year} (tahun): nomor urut dimulai lagi dari 1 setiap tahun, sehingga tanpa tahun nomor akan terulang.");
  }
  const stripped = AGENDA_PLACEHOLDERS.reduce((s, p) => s.replaceAll(p, ""), format);
  if (/[{}]/.test(stripped)) problems.push("Kurung kurawal { } hanya dipakai untuk penanda {seq}, {year}, dan {month}.");
  return problems;
}

export const agendaFormatSchema = z
  .string({ error: "Format nomor wajib diisi." })
  .trim()
  .min(1, "Format nomor wajib diisi.")
  .max(120, "Format nomor maksimal 120 karakter.");

/** An example number in this format, as the next one this year would look. */
export function exampleNumber(format: string, seq: number, at: { year: number; month: number }): string {
  return formatAgendaNumber(format, seq, at);
}
