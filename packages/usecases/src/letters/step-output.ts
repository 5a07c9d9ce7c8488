import { z } from "zod";

/** What a step's form produces besides its action: the facts its letter is made of. */
export const stepOutputSchema = z
  .object({
    disposition: z.object({ to: z.string().trim().min(1).max(200), instruction: z.string().trim().min(1, "Isi disposisi wajib diisi.").max(2000) }).optional(),
    inspection: z
      .object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal peninjauan tidak valid."),
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Isi jam peninjauan (JJ:MM), mis. 09:30."),
        place: z.string().trim().min(1, "Tempat peninjauan wajib diisi.").max(300),
        findings: z.string().trim().min(1, "Hasil peninjauan wajib diisi.").max(5000),
      })
      .optional(),
    assessment: z.string().trim().min(1, "Hasil penilaian wajib diisi.").max(5000).optional(),
  })
  .default({});
export type StepOutput = z.infer<typeof stepOutputSchema>;

/**
 * Why a letter of this kind cannot be made from the step's output: facts missing, or an
 * inspection dated after today (the office's today). Null when it can.
 */
export function outputProblem(kind: string, output: StepOutput, today: string): { message: string; field?: string } | null {
  if (kind === "BERITA_ACARA") {
    if (!output.inspection) return { message: "Isi tanggal, jam, tempat, dan hasil peninjauan lapangan untuk Berita Acara.", field: "output.inspection" };
    if (output.inspection.date > today) return { message: "Tanggal peninjauan tidak boleh setelah hari ini.", field: "output.inspection.date" };
  }
  if (kind === "REKOMENDASI" && !output.assessment) return { message: "Isi hasil penilaian Tim Teknis untuk Rekomendasi.", field: "output.assessment" };
  return null;
}
