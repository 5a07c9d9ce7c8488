import type { ActionName } from "../actions";
import type { FileEvent } from "../file/events";
import { walkEvents } from "../file/replay";
import { type FileState, startFile } from "../file/state";
import type { Role } from "../roles";
import { isApplicantStep, requireStep } from "../sop/graph";
import type { SopDefinition } from "../sop/types";

/** One stay of the file at a step; a step is visited again after a return. */
export interface StepVisit {
  stepNo: number;
  /** 1 for the first stay at this step, 2 after a return brought it back, … */
  visit: number;
  role: Role;
  applicantTime: boolean;
  startedAt: Date;
  finishedAt: Date | null;
  endedBy: ActionName | null;
  actorId: string | null;
  actorRole: Role | null;
  /** Reasons given by the action that ended the stay (a return's unmet requirements, a rejection's grounds). */
  reasons: string[];
}

/** A stay with the applicant after a RETURN. */
export interface ReturnPeriod {
  fromStep: number;
  startedAt: Date;
  endedAt: Date | null;
  endedBy: ActionName | null;
}

export interface FileHistory {
  state: FileState;
  visits: StepVisit[];
  returns: ReturnPeriod[];
}

export function historyOf(sop: SopDefinition, events: readonly FileEvent[], startedAt: Date): FileHistory {
  const visits: StepVisit[] = [];
  const returns: ReturnPeriod[] = [];

  const openVisit = (stepNo: number, at: Date): void => {
    const step = requireStep(sop, stepNo);
    visits.push({
      stepNo,
      visit: visits.filter((v) => v.stepNo === stepNo).length + 1,
      role: step.role,
      applicantTime: isApplicantStep(step),
      startedAt: at,
      finishedAt: null,
      endedBy: null,
      actorId: null,
      actorRole: null,
      reasons: [],
    });
  };

  const initial = startFile(sop, startedAt);
  openVisit(initial.step, initial.startedAt);

  const state = walkEvents(sop, events, startedAt, ({ event, before, after }) => {
    if (before.status === "IN_PROGRESS") {
      const current = visits[visits.length - 1] as StepVisit;
      current.finishedAt = event.at;
      current.endedBy = event.action;
      current.actorId = event.actorId;
      current.actorRole = event.actorRole;
      current.reasons = event.reasons ? [...event.reasons] : [];
    }
    if (before.status === "RETURNED") {
      const period = returns[returns.length - 1] as ReturnPeriod;
      period.endedAt = event.at;
      period.endedBy = event.action;
    }
    if (after.status === "IN_PROGRESS") openVisit(after.step, event.at);
    if (after.status === "RETURNED") {
      returns.push({ fromStep: before.step, startedAt: event.at, endedAt: null, endedBy: null });
    }
  });
  return { state, visits, returns };
}
