import { z } from "zod";

/** The administration forms' text inputs, with the Indonesian message each refusal shows. */
export const requiredText = (label: string, max: number) =>
  z.string({ error: `${label} wajib diisi.` }).trim().min(1, `${label} wajib diisi.`).max(max, `${label} paling banyak ${max} karakter.`);

/** Left empty, stored as null. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`)
    .transform((v) => (v === "" ? null : v));

/** An optional contact email: empty is null, anything else must be an address. */
export const optionalEmail = z
  .string()
  .trim()
  .max(120, "Email paling banyak 120 karakter.")
  .refine((v) => v === "" || z.email().safeParse(v).success, "Alamat email tidak valid.")
  .transform((v) => (v === "" ? null : v));
