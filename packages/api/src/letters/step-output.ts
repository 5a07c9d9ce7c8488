import { z } from "zod";

/** What a step's form produces besides its action: the facts its letter is made of. */
export const stepOutputSchema = z
  .object({
    disposition: z.object({ to: z.string().trim().min(1).max(200), instruction: z.string().trim().min(1, "Isi disposisi wajib diisi.").max(2000) }).optional(),
    inspection: z
      .object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal peninjauan tidak valid."),
        place: z.string().trim().min(1, "Tempat peninjauan wajib diisi.").max(300),
        findings: z.string().trim().min(1, "Hasil peninjauan wajib diisi.").max(5000),
      })
      .optional(),
    assessment: z.string().trim().min(1, "Hasil penilaian wajib diisi.").max(5000).optional(),
  })
  .default({});
export type StepOutput = z.infer<typeof stepOutputSchema>;

/** Which facts each kind of letter cannot be made without. */
export function missingOutput(kind: string, output: StepOutput): string | null {
  if (kind === "BERITA_ACARA" && !output.inspection) return "Isi tanggal, tempat, dan hasil peninjauan lapangan untuk Berita Acara.";
  if (kind === "REKOMENDASI" && !output.assessment) return "Isi hasil penilaian Tim Teknis untuk Rekomendasi.";
  return null;
}
