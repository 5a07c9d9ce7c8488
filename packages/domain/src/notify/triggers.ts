import type { Effect } from "../file/effects";
import type { FileState } from "../file/state";
import type { LetterPurpose } from "../permit-type/letters";
import { APPLICANT_ROLE, type Role } from "../roles";
import { findStep, isApplicantStep } from "../sop/graph";
import type { SopDefinition } from "../sop/types";
import type { NoticeKind } from "./kinds";

/** Who a transition's notice is for: the file's applicant, or the holders of the step's role (its named members when the role is restricted). */
export type NoticeRecipients = { to: "APPLICANT" } | { to: "ROLE"; role: Role; step: number; only: string[] | null };

export interface TransitionNotice {
  kind: NoticeKind;
  recipients: NoticeRecipients;
}

export interface TransitionFacts {
  sop: SopDefinition;
  before: FileState;
  after: FileState;
  effects: readonly Effect[];
  /** The purpose of each letter template of the file's definition, by code. */
  letterPurposes: Readonly<Record<string, LetterPurpose>>;
}

/**
 * The notices one transition causes, read from what changed — the status, the step, a numbered
 * letter's purpose — never from step numbers, so any flow an office defines notifies alike.
 * The use case writes them to the outbox in the transition's own transaction.
 */
export function noticesOfTransition(t: TransitionFacts): TransitionNotice[] {
  const notices: TransitionNotice[] = [];
  const applicant = (kind: NoticeKind) => notices.push({ kind, recipients: { to: "APPLICANT" } });
  const { before, after } = t;

  if (before.submittedAt === null && after.submittedAt !== null) applicant("FILE_SUBMITTED");
  if (after.status === "RETURNED" && before.status !== "RETURNED") applicant("FILE_RETURNED");
  if (before.status === "RETURNED" && after.status === "IN_PROGRESS") applicant("FILE_RESUBMITTED");

  const numbered = t.effects.some((e) => e.type === "TAKE_NUMBER");
  if (numbered) {
    for (const effect of t.effects) {
      if (effect.type !== "PRODUCE_LETTER") continue;
      const purpose = t.letterPurposes[effect.letter];
      if (purpose === "PERMIT") applicant("PERMIT_READY");
      if (purpose === "REJECTION") applicant("FILE_REJECTED");
    }
  }
  if (before.closedAt === null && after.closedAt !== null) applicant("FILE_CLOSED");

  const movedOn = after.status === "IN_PROGRESS" && (after.step !== before.step || before.status !== "IN_PROGRESS");
  if (movedOn) {
    const step = findStep(t.sop, after.step);
    if (step && step.role !== APPLICANT_ROLE && !isApplicantStep(step)) {
      const only = after.assignees[step.role];
      notices.push({ kind: "NEW_WORK", recipients: { to: "ROLE", role: step.role, step: step.no, only: only ? [...only] : null } });
    }
  }
  return notices;
}
