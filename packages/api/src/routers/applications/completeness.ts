import { applicationFormSchema, fieldErrors } from "@perizinan/domain";
import { TRPCError } from "@trpc/server";
import { localDate } from "../../files/office-time";
import type { LoadedFile } from "../../files/load";

/**
 * Before the file goes to the office: every field valid and every required document present.
 * Refused with every problem listed, field by field, and nothing changed.
 */
export function assertComplete(file: LoadedFile, now: Date): void {
  const parsed = applicationFormSchema(localDate(now, file.office.timeZone)).safeParse(file.form);
  const missing = file.permitType.requirements.filter(
    (r) => r.required && !file.documents.some((d) => d.requirementId === r.id && d.supersededAt === null),
  );
  if (parsed.success && missing.length === 0) return;
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  for (const r of missing) errors[`documents.${r.code}`] = `Dokumen “${r.name}” belum diunggah.`;
  const parts = [
    parsed.success ? null : "periksa isian formulir yang ditandai",
    missing.length ? `dokumen belum lengkap: ${missing.map((r) => r.name).join(", ")}` : null,
  ].filter(Boolean);
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: `Permohonan belum dapat diajukan: ${parts.join("; ")}.`,
    cause: Object.assign(new Error("incomplete"), { fieldErrors: errors }),
  });
}
