import { fieldErrors, fieldShown, formSchema, type FormValues } from "@perizinan/domain";
import { formFieldsOf } from "@perizinan/usecases";
import type { Context } from "../context";
import { AppError } from "../errors";
import { assertEditable, type LoadedFile } from "./load";

/**
 * Saves a draft's form as it stands, for the applicant online and the counter alike, judged by the
 * shape its version's fields give (completeness is checked only at submission). Only the form's own
 * fields are kept, and a field the other answers now hide is dropped (e.g. a date that a "valid for
 * life" answer no longer asks for).
 */
export async function saveDraftForm(ctx: Context, file: LoadedFile, changes: Record<string, unknown>): Promise<{ ok: true }> {
  assertEditable(file);
  const fields = formFieldsOf(file.definition);
  const parsed = formSchema(fields, { stage: "draft" }).safeParse(changes);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    throw new AppError("INVALID_INPUT", `Periksa ${Object.keys(errors).length} isian yang ditandai.`, errors);
  }
  const merged: FormValues = { ...(file.form as FormValues), ...parsed.data };
  const form: FormValues = {};
  for (const field of fields) if (merged[field.code] !== undefined && fieldShown(field, merged)) form[field.code] = merged[field.code];
  await ctx.db.application.update({ where: { id: file.id }, data: { form } });
  return { ok: true as const };
}
