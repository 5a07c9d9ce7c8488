import { z } from "zod";
import { INDONESIAN_TIME_ZONES, type IndonesianTimeZone } from "@perizinan/domain";

const text = (label: string, max: number) =>
  z.string({ error: `${label} wajib diisi.` }).trim().min(1, `${label} wajib diisi.`).max(max, `${label} paling banyak ${max} karakter.`);
const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`)
    .transform((v) => (v === "" ? null : v));

/** What an administrator may change about the office: its names, kop lines, contacts and zone. */
export const officeSchema = z.object({
  governmentName: text("Nama pemerintah daerah (baris pertama kop)", 120),
  name: text("Nama dinas", 200),
  shortName: text("Nama singkat", 80),
  regency: text("Nama daerah", 80),
  address: text("Alamat", 300),
  city: text("Kota tempat surat ditetapkan", 80),
  phone: optional("Telepon", 40),
  email: z
    .string()
    .trim()
    .max(120, "Email paling banyak 120 karakter.")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Alamat email tidak valid.")
    .transform((v) => (v === "" ? null : v)),
  website: optional("Laman", 120),
  complaintChannel: optional("Saluran pengaduan", 500),
  timeZone: z.enum(Object.keys(INDONESIAN_TIME_ZONES) as [IndonesianTimeZone], { error: "Pilih zona waktu kantor: WIB, WITA, atau WIT." }),
});
export type OfficeInput = z.input<typeof officeSchema>;
export type OfficeTimeZone = IndonesianTimeZone;
