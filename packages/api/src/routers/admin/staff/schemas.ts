import { z } from "zod";
import { ROLES, STAFF_ROLES, type Role } from "@perizinan/domain";

/** Staff log in by username (the login lower-cases it) or NIP; both identify one person each. */
export const usernameSchema = z
  .string({ error: "Nama pengguna wajib diisi." })
  .trim()
  .toLowerCase()
  .min(3, "Nama pengguna minimal 3 karakter.")
  .max(40, "Nama pengguna maksimal 40 karakter.")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Nama pengguna hanya boleh berisi huruf, angka, titik, garis bawah, atau tanda hubung, tanpa spasi.")
  // A username of digits only could be mistaken for a NIP at login.
  .refine((v) => /[a-z]/.test(v), "Nama pengguna harus memuat paling sedikit satu huruf.");

/** NIP as printed on civil-servant documents ("19750831 200312 1 003"): 18 digits, spaces ignored. */
export const nipSchema = z
  .string({ error: "NIP wajib diisi." })
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{18}$/, "NIP harus terdiri dari 18 digit angka."));

export const staffRolesSchema = z
  .array(z.enum(ROLES, { error: "Peran tidak dikenal." }), { error: "Pilih paling sedikit satu peran." })
  .min(1, "Pilih paling sedikit satu peran.")
  .max(ROLES.length)
  .refine((roles) => roles.every((r) => STAFF_ROLES.includes(r)), "Peran Pemohon tidak dapat diberikan kepada pegawai.")
  .transform<Role[]>((roles) => STAFF_ROLES.filter((r) => roles.includes(r)));

export const userIdSchema = z.string().min(1).max(60);
