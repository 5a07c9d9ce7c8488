import { fieldErrors, formSchema, localIsoDate, type FormValues } from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import { AppError } from "../errors";
import { formFieldsOf, loadDefinition, requirementNeeded } from "../permit-types/definitions";

type Tx = Prisma.TransactionClient;

/**
 * Before the file goes to the office: every field of its version's form valid and every document
 * it asks present — those always required and those the answers make required — read in the
 * submitting transaction. Refused with every problem listed, field by field.
 */
export async function assertComplete(
  tx: Tx,
  file: { id: string; permitTypeId: string; permitTypeVersionId: string; officeId: string; form: Prisma.JsonValue },
  now: Date,
): Promise<void> {
  const [office, definition, rows, documents] = await Promise.all([
    tx.office.findUniqueOrThrow({ where: { id: file.officeId }, select: { timeZone: true } }),
    loadDefinition(tx, file.permitTypeVersionId),
    tx.requirement.findMany({ where: { permitTypeId: file.permitTypeId }, select: { id: true, code: true } }),
    tx.document.findMany({ where: { applicationId: file.id, supersededAt: null }, select: { requirementId: true } }),
  ]);
  const form = (file.form ?? {}) as FormValues;
  const parsed = formSchema(formFieldsOf(definition), { stage: "submit", today: localIsoDate(now, office.timeZone) }).safeParse(form);
  const uploaded = new Set(rows.filter((r) => documents.some((d) => d.requirementId === r.id)).map((r) => r.code));
  const missing = definition.requirements.filter((r) => requirementNeeded(r, form) && !uploaded.has(r.code));
  if (parsed.success && missing.length === 0) return;
  // Form fields by their own codes (as the form marks them), documents under "documents.<code>".
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  for (const r of missing) errors[`documents.${r.code}`] = `Dokumen “${r.label}” belum diunggah.`;
  const parts = [
    parsed.success ? null : `periksa ${Object.keys(errors).length} isian formulir yang ditandai`,
    missing.length ? `dokumen belum lengkap: ${missing.map((r) => r.label).join(", ")}` : null,
  ].filter(Boolean);
  throw new AppError("INVALID_INPUT", `Permohonan belum dapat diajukan: ${parts.join("; ")}.`, errors);
}
