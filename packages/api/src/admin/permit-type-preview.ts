import { can } from "@perizinan/domain";
import { draftView, isAppError, previewLetter } from "@perizinan/usecases";
import type { Context } from "../context";

export type LetterPreviewResult = { ok: true; pdf: Uint8Array; fileName: string } | { ok: false; status: 400 | 403 | 404; message: string };

/**
 * A letter of a permit type (its draft if one is open, else its newest version) with sample
 * facts, for the administrator who is writing it. Another office's type reads as missing.
 */
export async function letterPreview(ctx: Context, input: { permitTypeId: string; letter: string }): Promise<LetterPreviewResult> {
  const user = ctx.user;
  if (!user || user.kind !== "STAFF" || !user.officeId || !can(user, "permitType.manage")) {
    return { ok: false, status: 403, message: "Hanya administrator yang dapat melihat pratinjau surat." };
  }
  try {
    const view = await draftView(ctx.db, { officeId: user.officeId, permitTypeId: input.permitTypeId });
    const pdf = await previewLetter(ctx, { officeId: user.officeId, permitTypeId: input.permitTypeId, letter: input.letter, definition: view.definition });
    return { ok: true, pdf, fileName: `PRATINJAU-${view.permitType.code}-${input.letter}.pdf` };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return { ok: false, status: 404, message: error.message };
    // A draft may still be incomplete: say why its letter cannot be shown yet.
    return { ok: false, status: 400, message: `Pratinjau surat belum dapat dibuat: ${error instanceof Error ? error.message : String(error)}` };
  }
}
