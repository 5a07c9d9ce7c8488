import { z } from "zod";
import { checkNik } from "./nik";

/**
 * The applicant's forms, with the Indonesian message a person sees for each field.
 * Shared by the portal (field errors before sending) and the API (the rule that counts).
 */
const required = (label: string) => z.string({ error: `${label} wajib diisi.` }).trim().min(1, `${label} wajib diisi.`);

export const nikSchema = z
  .string({ error: "NIK wajib diisi." })
  .trim()
  .min(1, "NIK wajib diisi.")
  .transform((value, ctx) => {
    const checked = checkNik(value);
    if (!checked.ok) {
      ctx.addIssue({ code: "custom", message: checked.message });
      return z.NEVER;
    }
    return checked.nik;
  });

export const mobileNumberSchema = required("Nomor ponsel")
  .transform((v) => v.replace(/[\s-]/g, ""))
  .refine((v) => /^(\+62|62|0)8[1-9]\d{6,11}$/.test(v), "Nomor ponsel tidak valid (contoh: 081234567890).");

export const emailSchema = required("Email")
  .toLowerCase()
  .pipe(z.email("Alamat email tidak valid."));

export const PASSWORD_RULE = "Kata sandi minimal 8 karakter dan memuat huruf serta angka.";
export const passwordSchema = z
  .string({ error: "Kata sandi wajib diisi." })
  .min(8, PASSWORD_RULE)
  .max(200, "Kata sandi terlalu panjang.")
  .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), PASSWORD_RULE);

export const registrationSchema = z
  .object({
    name: required("Nama lengkap").max(120, "Nama lengkap terlalu panjang."),
    nik: nikSchema,
    email: emailSchema,
    phone: mobileNumberSchema,
    password: passwordSchema,
    passwordConfirmation: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "Konfirmasi kata sandi tidak sama.",
  });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Kata sandi lama wajib diisi."), newPassword: passwordSchema, confirmation: z.string() })
  .refine((v) => v.newPassword === v.confirmation, { path: ["confirmation"], message: "Konfirmasi kata sandi tidak sama." });

/** Field errors keyed by field name, first message per field — what a form shows beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}
