import { applicationFormSchema, fieldErrors, localIsoDate } from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

/**
 * Before the file goes to the office: every field valid and every required document present,
 * read in the submitting transaction. Refused with every problem listed, field by field.
 */
export async function assertComplete(tx: Tx, file: { id: string; permitTypeId: string; officeId: string; form: Prisma.JsonValue }, now: Date): Promise<void> {
  const [office, requirements, documents] = await Promise.all([
    tx.office.findUniqueOrThrow({ where: { id: file.officeId }, select: { timeZone: true } }),
    tx.requirement.findMany({ where: { permitTypeId: file.permitTypeId, active: true, required: true }, orderBy: { position: "asc" } }),
    tx.document.findMany({ where: { applicationId: file.id, supersededAt: null }, select: { requirementId: true } }),
  ]);
  const parsed = applicationFormSchema(localIsoDate(now, office.timeZone)).safeParse(file.form);
  const missing = requirements.filter((r) => !documents.some((d) => d.requirementId === r.id));
  if (parsed.success && missing.length === 0) return;
  // Form fields by their own names (as the form marks them), documents under "documents.<code>".
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  for (const r of missing) errors[`documents.${r.code}`] = `Dokumen “${r.name}” belum diunggah.`;
  const parts = [
    parsed.success ? null : `periksa ${Object.keys(errors).length} isian formulir yang ditandai`,
    missing.length ? `dokumen belum lengkap: ${missing.map((r) => r.name).join(", ")}` : null,
  ].filter(Boolean);
  throw new AppError("INVALID_INPUT", `Permohonan belum dapat diajukan: ${parts.join("; ")}.`, errors);
}

