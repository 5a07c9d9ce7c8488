import type { SopStep } from "../sop/types";

/**
 * The completeness check ("Klarifikasi Berkas"): a clerk judges each requirement beside its
 * document. Nothing counts as met unless the clerk said so; an unmet requirement needs a reason
 * and a word on whether the applicant must bring a new document.
 */
export interface ChecklistJudgement {
  ok: boolean;
  reason?: string;
  /** For an unmet requirement: the applicant must upload a new document before resubmitting. */
  newDocument?: boolean;
}

export type Checklist = Record<string, ChecklistJudgement>;

export interface RequirementRef {
  code: string;
  name: string;
}

export type ChecklistOutcome =
  | { ok: true; reasons: string[]; mustReplace: string[] }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

/** A step that can send the file back to the applicant is where requirements are judged. */
export function offersChecklist(step: SopStep): boolean {
  return step.actions.some((a) => a.action === "RETURN" && "resubmitTo" in a.to);
}

/** The field a checklist problem is reported on, for the form to mark. */
export const checklistField = (code: string): string => `checklist.${code}`;

/**
 * Judges a checklist for COMPLETE (everything must be met) or RETURN (the unmet ones become the
 * return's reasons, "name: reason", in the requirements' order).
 */
export function judgeChecklist(requirements: readonly RequirementRef[], checklist: Checklist | undefined, action: "COMPLETE" | "RETURN"): ChecklistOutcome {
  const fieldErrors: Record<string, string> = {};
  const given = checklist ?? {};
  for (const r of requirements) {
    const judgement = given[r.code];
    if (!judgement) fieldErrors[checklistField(r.code)] = `Nilai dahulu apakah “${r.name}” memenuhi syarat.`;
    else if (!judgement.ok && !judgement.reason?.trim()) fieldErrors[checklistField(r.code)] = `Tuliskan alasan mengapa “${r.name}” belum memenuhi syarat.`;
  }
  const unjudged = Object.keys(fieldErrors).length;
  if (unjudged > 0) {
    return { ok: false, message: `Periksa setiap persyaratan sebelum melanjutkan: ${unjudged} persyaratan belum dinilai atau belum diberi alasan.`, fieldErrors };
  }
  const unmet = requirements.filter((r) => !given[r.code]!.ok);
  if (action === "COMPLETE" && unmet.length > 0) {
    return {
      ok: false,
      message: "Ada persyaratan yang belum terpenuhi. Kembalikan berkas ke pemohon, atau nilai ulang persyaratannya.",
      fieldErrors: Object.fromEntries(unmet.map((r) => [checklistField(r.code), `“${r.name}” ditandai belum memenuhi syarat.`])),
    };
  }
  if (action === "RETURN" && unmet.length === 0) {
    return { ok: false, message: "Semua persyaratan ditandai memenuhi syarat; berkas tidak perlu dikembalikan.", fieldErrors: {} };
  }
  return {
    ok: true,
    reasons: unmet.map((r) => `${r.name}: ${given[r.code]!.reason!.trim()}`),
    mustReplace: unmet.filter((r) => given[r.code]!.newDocument === true).map((r) => r.code),
  };
}

export interface UploadedDocument {
  requirementCode: string;
  createdAt: Date;
  supersededAt: Date | null;
}

/** Requirements the clerk asked a new document for that the applicant has not replaced since the return. */
export function documentsStillToReplace(mustReplace: readonly string[], returnedAt: Date, documents: readonly UploadedDocument[]): string[] {
  return mustReplace.filter(
    (code) => !documents.some((d) => d.requirementCode === code && d.supersededAt === null && d.createdAt.getTime() > returnedAt.getTime()),
  );
}
