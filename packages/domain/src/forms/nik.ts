/**
 * The form of an Indonesian NIK (Nomor Induk Kependudukan), 16 digits:
 *   PP KK CC DDMMYY SSSS — province, regency/city, district, birth date (women add 40 to the
 *   day), and a serial number from 0001.
 * This checks the form only; whether the person exists is for Dukcapil, not for us.
 */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82,
  91, 92, 93, 94, 95, 96, 97,
]);

export type NikProblem = "LENGTH" | "DIGITS" | "PROVINCE" | "REGION" | "BIRTH_DATE" | "SERIAL";

export const NIK_MESSAGES: Record<NikProblem, string> = {
  LENGTH: "NIK harus terdiri dari 16 angka.",
  DIGITS: "NIK hanya boleh berisi angka.",
  PROVINCE: "Dua angka pertama NIK bukan kode provinsi yang dikenal.",
  REGION: "Kode kabupaten/kota atau kecamatan pada NIK tidak valid.",
  BIRTH_DATE: "Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak valid.",
  SERIAL: "Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.",
};

export function checkNik(raw: string): { ok: true; nik: string } | { ok: false; problem: NikProblem; message: string } {
  const nik = raw.replace(/[\s.-]/g, "");
  const fail = (problem: NikProblem) => ({ ok: false as const, problem, message: NIK_MESSAGES[problem] });
  if (!/^\d*$/.test(nik)) return fail("DIGITS");
  if (nik.length !== 16) return fail("LENGTH");
  if (!PROVINCE_CODES.has(Number(nik.slice(0, 2)))) return fail("PROVINCE");
  if (nik.slice(2, 4) === "00" || nik.slice(4, 6) === "00") return fail("REGION");
  let day = Number(nik.slice(6, 8));
  if (day > 40) day -= 40;
  const month = Number(nik.slice(8, 10));
  const year = Number(nik.slice(10, 12));
  // Two-digit years: any century gives a valid calendar date check except for 29 February,
  // where 2000 (a leap year) and 1900 differ; accept if either century makes it a real date.
  const real = (y: number) => {
    const d = new Date(Date.UTC(y, month - 1, day));
    return d.getUTCFullYear() === y && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  };
  if (!(real(1900 + year) || real(2000 + year))) return fail("BIRTH_DATE");
  if (nik.slice(12) === "0000") return fail("SERIAL");
  return { ok: true, nik };
}
