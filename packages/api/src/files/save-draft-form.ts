import type { ApplicationDraft } from "@perizinan/domain";
import type { Context } from "../context";
import { assertEditable, type LoadedFile } from "./load";

/**
 * Saves a draft's form as it stands, for the applicant online and the counter alike; completeness
 * is checked only when the file is submitted. A lifetime STR clears the date it no longer needs.
 */
export async function saveDraftForm(ctx: Context, file: LoadedFile, changes: ApplicationDraft): Promise<{ ok: true }> {
  assertEditable(file);
  const form = { ...(file.form as Record<string, unknown>), ...changes };
  if (form.strLifetime === true) form.strExpiry = null;
  await ctx.db.application.update({ where: { id: file.id }, data: { form } });
  return { ok: true as const };
}
