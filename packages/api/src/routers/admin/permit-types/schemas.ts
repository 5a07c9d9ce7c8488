import { z } from "zod";
import type { RequirementDefinition } from "@perizinan/domain";
import { MEGABYTE } from "../shared";

/** The document formats the upload check can recognise by content. */
export const ACCEPTED_MIME_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;

export const requirementFieldsSchema = z.object({
  name: z.string({ error: "Nama persyaratan wajib diisi." }).trim().min(1, "Nama persyaratan wajib diisi.").max(200, "Nama persyaratan terlalu panjang."),
  description: z.string().trim().max(1000, "Keterangan terlalu panjang.").default(""),
  maxMb: z
    .number({ error: "Ukuran maksimum wajib diisi (dalam MB)." })
    .int("Ukuran maksimum harus bilangan bulat (MB).")
    .min(1, "Ukuran maksimum paling kecil 1 MB.")
    .max(10, "Ukuran maksimum paling besar 10 MB."),
  mimeTypes: z
    .array(z.enum(ACCEPTED_MIME_TYPES, { error: "Jenis berkas harus PDF, JPG, atau PNG." }))
    .min(1, "Pilih paling sedikit satu jenis berkas yang diterima.")
    .transform((types) => ACCEPTED_MIME_TYPES.filter((t) => types.includes(t))),
  required: z.boolean(),
});

/** A requirement as the definition keeps it, from the administrator's form. */
export function requirementOf(code: string, input: z.output<typeof requirementFieldsSchema>, kind: RequirementDefinition["kind"] = "DOCUMENT"): RequirementDefinition {
  return {
    code,
    label: input.name,
    ...(input.description ? { help: input.description } : {}),
    mimeTypes: input.mimeTypes,
    maxBytes: input.maxMb * MEGABYTE,
    required: input.required,
    kind,
  };
}
