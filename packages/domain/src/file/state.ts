import type { FileStatus } from "../file-status";
import type { Role } from "../roles";
import { firstStep } from "../sop/graph";
import type { NumberKind, SopDefinition } from "../sop/types";

export interface FileState {
  sopCode: string;
  sopVersion: number;
  /** The current step; while RETURNED, the step the file resumes at once resubmitted. */
  step: number;
  status: FileStatus;
  /** When the draft was opened. */
  startedAt: Date;
  /** When the current step began (or, while RETURNED, when the file was returned). */
  stepStartedAt: Date;
  /** When the applicant completed the first step: the office's clock starts here, not at the draft. */
  submittedAt: Date | null;
  /** Time of the last accepted action; a later action may not be dated before it. */
  updatedAt: Date;
  closedAt: Date | null;
  /** Bound to whoever first acts as applicant, so that no other applicant can act on the file. */
  applicantId: string | null;
  /** While RETURNED: the step that sent the file back. */
  returnedFromStep: number | null;
  returnCount: number;
  /** Distinct steps entered so far, in order of first entry: the path the file has taken. */
  enteredSteps: number[];
  /** A step marked `signs` has been completed. */
  signed: boolean;
  /** Agenda books that have given this file a number. */
  numbered: NumberKind[];
  /** Four eyes: per signature chain, the role each person has acted in. */
  chainActors: Record<string, Record<string, Role>>;
  /** Members assigned per role (e.g. TIM_TEKNIS); only they may act in that role on this file. */
  assignees: Partial<Record<Role, string[]>>;
}

/** A new draft at the first step, in the applicant's hands. */
export function startFile(sop: SopDefinition, at: Date): FileState {
  const first = firstStep(sop);
  return {
    sopCode: sop.code,
    sopVersion: sop.version,
    step: first.no,
    status: "IN_PROGRESS",
    startedAt: new Date(at),
    stepStartedAt: new Date(at),
    submittedAt: null,
    updatedAt: new Date(at),
    closedAt: null,
    applicantId: null,
    returnedFromStep: null,
    returnCount: 0,
    enteredSteps: [first.no],
    signed: false,
    numbered: [],
    chainActors: {},
    assignees: {},
  };
}

export function cloneState(state: FileState): FileState {
  return {
    ...state,
    startedAt: new Date(state.startedAt),
    stepStartedAt: new Date(state.stepStartedAt),
    submittedAt: state.submittedAt && new Date(state.submittedAt),
    updatedAt: new Date(state.updatedAt),
    closedAt: state.closedAt && new Date(state.closedAt),
    enteredSteps: [...state.enteredSteps],
    numbered: [...state.numbered],
    chainActors: Object.fromEntries(Object.entries(state.chainActors).map(([chain, actors]) => [chain, { ...actors }])),
    assignees: Object.fromEntries(
      Object.entries(state.assignees).map(([role, ids]) => [role, [...(ids ?? [])]]),
    ),
  };
}
