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

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal tidak valid.");

/**
 * The application form. While a draft is being filled every field may still be empty; at
 * submission `applicationFormSchema(today)` must pass as a whole.
 */
export const applicationDraftSchema = z.object({
  fullName: z.string().trim().max(120).optional(),
  nik: z.string().trim().max(20).optional(),
  birthPlace: z.string().trim().max(80).optional(),
  birthDate: z.union([isoDate, z.literal("")]).optional(),
  address: z.string().trim().max(300).optional(),
  phone: z.string().trim().max(20).optional(),
  email: z.string().trim().max(200).optional(),
  strNumber: z.string().trim().max(60).optional(),
  /** null: an STR issued under UU 17/2023, valid for life. */
  strExpiry: z.union([isoDate, z.literal(""), z.null()]).optional(),
  strLifetime: z.boolean().optional(),
  facilityName: z.string().trim().max(160).optional(),
  facilityAddress: z.string().trim().max(300).optional(),
});
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;

export const STR_EXPIRED_MESSAGE =
  "STR Anda sudah kedaluwarsa. Perpanjang STR terlebih dahulu, atau pilih “berlaku seumur hidup” bila STR Anda diterbitkan berdasarkan UU 17/2023.";

/** `today` is the local date (YYYY-MM-DD) in the office's zone: an STR valid through today still counts. */
export function applicationFormSchema(today: string) {
  return z
    .object({
      fullName: required("Nama lengkap").max(120),
      nik: nikSchema,
      birthPlace: required("Tempat lahir").max(80),
      birthDate: z
        .string({ error: "Tanggal lahir wajib diisi." })
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal tidak valid.")
        .refine((d) => d < today, "Tanggal lahir harus sebelum hari ini."),
      address: required("Alamat").max(300),
      phone: mobileNumberSchema,
      // A walk-in applicant registered at the counter may have no email; the phone reaches them.
      email: z.union([emailSchema, z.literal("")]).optional(),
      strNumber: required("Nomor STR").max(60),
      strLifetime: z.boolean().default(false),
      strExpiry: z.union([isoDate, z.literal(""), z.null()]).optional(),
      facilityName: required("Nama fasilitas pelayanan kesehatan").max(160),
      facilityAddress: required("Alamat fasilitas pelayanan kesehatan").max(300),
    })
    .superRefine((v, ctx) => {
      if (v.strLifetime) return;
      if (!v.strExpiry) {
        ctx.addIssue({ code: "custom", path: ["strExpiry"], message: "Tanggal berlaku STR wajib diisi, atau pilih “berlaku seumur hidup”." });
      } else if (v.strExpiry < today) {
        ctx.addIssue({ code: "custom", path: ["strExpiry"], message: STR_EXPIRED_MESSAGE });
      }
    });
}
export type ApplicationForm = z.output<ReturnType<typeof applicationFormSchema>>;

/** Field errors keyed by field name, first message per field — what a form shows beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}
