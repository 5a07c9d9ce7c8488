import { z } from "zod";
import { DATE_RULES, FIELD_KINDS, type FormField } from "./form";

/** Field codes are the keys of stored form data and of placeholders: short, ASCII, camelCase. */
export const fieldCode = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, "kode isian: huruf kecil di awal, lalu huruf/angka (mis. nomorStr), paling panjang 40");
const text = z.string().trim().min(1, "tidak boleh kosong");

export const fieldConditionSchema = z.strictObject({ field: fieldCode, equals: z.union([z.string(), z.boolean()]) });

export const formFieldSchema: z.ZodType<FormField> = z.strictObject({
  code: fieldCode,
  kind: z.enum(FIELD_KINDS, { error: (issue) => `jenis isian "${String(issue.input)}" tidak dikenal` }),
  label: text.max(160, "label paling panjang 160 karakter"),
  help: z.string().max(500).optional(),
  required: z.boolean(),
  options: z.array(z.strictObject({ value: text.max(100), label: text.max(160) })).optional(),
  rules: z
    .strictObject({
      minLength: z.number().int().nonnegative().optional(),
      maxLength: z.number().int().positive().max(5000).optional(),
      pattern: z.strictObject({ regex: text.max(300), message: text.max(300) }).optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      date: z.enum(DATE_RULES).optional(),
      dateMessage: text.max(400).optional(),
    })
    .optional(),
  showIf: fieldConditionSchema.optional(),
  requireIf: fieldConditionSchema.optional(),
});
