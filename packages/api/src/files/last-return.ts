import type { Checklist } from "@perizinan/domain";

type EventRow = { action: string; at: Date; fromStep: number; reasons: string[]; data: unknown };
type DocumentRow = { requirementId: string; createdAt: Date; supersededAt: Date | null };
type RequirementRow = { id: string; code: string };

export interface ReturnedRequirement {
  reason: string;
  /** The clerk asked for a new document. */
  newDocument: boolean;
  /** A new document has been uploaded since the return. */
  replaced: boolean;
}

/**
 * The latest return to the applicant as both sides need it: per requirement the clerk's reason,
 * whether a new document was asked for, and whether one has been uploaded since — for the
 * applicant while the file is with them, for the clerk when the resubmitted file comes back.
 */
export function lastReturnOf(file: { events: EventRow[]; documents: DocumentRow[]; permitType: { requirements: RequirementRow[] } }) {
  const event = [...file.events].reverse().find((e) => e.action === "RETURN");
  if (!event) return null;
  const data = (event.data ?? {}) as { checklist?: Checklist; mustReplace?: string[] };
  const checklist = data.checklist ?? {};
  const mustReplace = new Set(data.mustReplace ?? []);
  const requirements: Record<string, ReturnedRequirement> = {};
  for (const r of file.permitType.requirements) {
    const judgement = checklist[r.code];
    if (!judgement || judgement.ok) continue;
    requirements[r.code] = {
      reason: judgement.reason ?? "",
      newDocument: mustReplace.has(r.code),
      replaced: file.documents.some((d) => d.requirementId === r.id && d.supersededAt === null && d.createdAt > event.at),
    };
  }
  const resubmitted = file.events.some((e) => e.action === "RESUBMIT" && e.at >= event.at);
  return { at: event.at, fromStep: event.fromStep, reasons: event.reasons, checklist, requirements, resubmitted };
}
