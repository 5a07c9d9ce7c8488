import type { NumberKind, SopDefinition, SopStep } from "../sop/types";
import type { Offer } from "./offers";
import type { FileState } from "./state";

/**
 * What a transition obliges the system to do beyond moving the file, read from the step's SOP
 * markers. The use-case layer carries them out in the transition's own transaction (numbers,
 * permit records) or right after it commits (rendering), so no step-specific rule lives there.
 */
export type Effect =
  /** Take the next number from the office's agenda book of this kind (`markers.numbers`). */
  | { type: "TAKE_NUMBER"; book: NumberKind }
  /** Produce the step's letter (`markers.produces`): a draft when a later step numbers it. */
  | { type: "PRODUCE_LETTER"; letter: string; chain: string | null; draft: boolean }
  /**
   * A signed letter was numbered: if its template's purpose is PERMIT (the definition says, not
   * the book's code), it is the permit and goes in the register.
   */
  | { type: "RECORD_PERMIT" }
  /** The SOP's revoke rule was applied: the permit record says so, with the reasons. */
  | { type: "REVOKE_PERMIT"; reasons: string[] };

/** Letter kinds some step of this SOP numbers: produced elsewhere, they are drafts. */
function numberedLetters(sop: SopDefinition): Set<string> {
  return new Set(sop.steps.filter((s) => s.markers?.numbers && s.markers.produces).map((s) => s.markers!.produces!));
}

/** Whether taking this offer produces the step's letter: every forward action does, a return to the applicant does not. */
export function producesLetter(step: SopStep, offer: Offer): boolean {
  return offer.kind === "step" && !("resubmitTo" in offer.stepAction.to) && step.markers?.produces !== undefined;
}

export function effectsOf(sop: SopDefinition, offer: Offer, next: FileState, reasons: readonly string[] | undefined): Effect[] {
  if (offer.kind === "revoke") return [{ type: "REVOKE_PERMIT", reasons: [...(reasons ?? [])] }];
  if (offer.kind !== "step" || "resubmitTo" in offer.stepAction.to) return [];
  const markers = offer.step.markers ?? {};
  const effects: Effect[] = [];
  if (markers.numbers) effects.push({ type: "TAKE_NUMBER", book: markers.numbers });
  if (markers.produces) {
    const draft = !markers.numbers && numberedLetters(sop).has(markers.produces);
    effects.push({ type: "PRODUCE_LETTER", letter: markers.produces, chain: markers.letterChain ?? null, draft });
    if (markers.numbers && next.signed) effects.push({ type: "RECORD_PERMIT" });
  }
  return effects;
}
