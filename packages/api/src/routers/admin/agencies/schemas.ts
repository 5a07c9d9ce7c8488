import { z } from "zod";
import { optionalEmail, optionalText, requiredText } from "../text-fields";


/** A technical agency's identity and kop lines (its recommendation letters print them). */
export const agencySchema = z.object({
  name: requiredText("Nama instansi", 200),
  governmentName: requiredText("Nama pemerintah daerah (baris pertama kop)", 120),
  address: requiredText("Alamat", 300),
  city: requiredText("Kota", 80),
  phone: optionalText("Telepon", 40),
  email: optionalEmail,
});

/** Permit-type definitions name their agency by this code: set once, never renamed. */
export const agencyCodeSchema = z
  .string({ error: "Kode instansi wajib diisi." })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_-]{1,39}$/, "Kode instansi: huruf besar, angka, - dan _, 2–40 karakter, diawali huruf (mis. DINKES).");
