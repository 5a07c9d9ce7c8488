import { type ActionName, isStepActionName } from "../actions";
import type { FileEvent } from "../file/events";
import type { Role } from "../roles";
import { requireStep } from "../sop/graph";
import type { SopDefinition } from "../sop/types";
import { type WorkingCalendar, workingMinutesBetween } from "../time/calendar";
import { historyOf } from "./history";

export interface StepDuration {
  stepNo: number;
  /** Which stay at this step (a return brings a file back to a step). */
  visit: number;
  /** The step's role in the SOP. */
  role: Role;
  actorId: string;
  /** The role the finishing actor acted in (e.g. FRONT_OFFICE recording the applicant's receipt). */
  actorRole: Role;
  action: ActionName;
  startedAt: Date;
  finishedAt: Date;
  workingMinutes: number;
  standardMinutes: number;
  onTime: boolean;
  /** The applicant's own step: not the office's time. */
  applicantTime: boolean;
}

/** Every finished stay at a step, with its working time against the standard, for dashboards. */
export function stepDurations(
  sop: SopDefinition,
  cal: WorkingCalendar,
  events: readonly FileEvent[],
  startedAt: Date,
): StepDuration[] {
  const durations: StepDuration[] = [];
  for (const visit of historyOf(sop, events, startedAt).visits) {
    const { finishedAt, endedBy, actorId, actorRole } = visit;
    if (!finishedAt || !endedBy || !isStepActionName(endedBy) || !actorId || !actorRole) continue;
    const standardMinutes = requireStep(sop, visit.stepNo).standardMinutes;
    const workingMinutes = workingMinutesBetween(cal, visit.startedAt, finishedAt);
    durations.push({
      stepNo: visit.stepNo,
      visit: visit.visit,
      role: visit.role,
      actorId,
      actorRole,
      action: endedBy,
      startedAt: visit.startedAt,
      finishedAt,
      workingMinutes,
      standardMinutes,
      onTime: workingMinutes <= standardMinutes,
      applicantTime: visit.applicantTime,
    });
  }
  return durations;
}
