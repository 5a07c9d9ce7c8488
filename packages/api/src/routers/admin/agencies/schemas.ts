import { z } from "zod";

const text = (label: string, max: number) =>
  z.string({ error: `${label} wajib diisi.` }).trim().min(1, `${label} wajib diisi.`).max(max, `${label} paling banyak ${max} karakter.`);
const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`)
    .transform((v) => (v === "" ? null : v));

/** A technical agency's identity and kop lines (its recommendation letters print them). */
export const agencySchema = z.object({
  name: text("Nama instansi", 200),
  governmentName: text("Nama pemerintah daerah (baris pertama kop)", 120),
  address: text("Alamat", 300),
  city: text("Kota", 80),
  phone: optional("Telepon", 40),
  email: z
    .string()
    .trim()
    .max(120, "Email paling banyak 120 karakter.")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Alamat email tidak valid.")
    .transform((v) => (v === "" ? null : v)),
});

/** Permit-type definitions name their agency by this code: set once, never renamed. */
export const agencyCodeSchema = z
  .string({ error: "Kode instansi wajib diisi." })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_-]{1,39}$/, "Kode instansi: huruf besar, angka, - dan _, 2–40 karakter, diawali huruf (mis. DINKES).");
