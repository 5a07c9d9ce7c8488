import { isStepActionName } from "../actions";
import type { FileEvent } from "../file/events";
import type { FileStatus } from "../file-status";
import type { Role } from "../roles";
import { likelyPathFrom, requireStep } from "../sop/graph";
import type { SopDefinition } from "../sop/types";
import { addWorkingMinutes, type WorkingCalendar, workingMinutesBetween } from "../time/calendar";
import { type FileHistory, historyOf, type StepVisit } from "./history";
import { type SlaState, slaStateOf, stepDueAt } from "./sla";

/**
 * DONE: finished, not expected again. CURRENT: the office (or applicant) is on it now.
 * PENDING: ahead on the expected way (each step's first forward action; possibly again, after a
 * return). SKIPPED: not on the way the file went or is expected to go — a branch such as the
 * refusal's steps stays out of an applicant's list until the file enters it.
 * STOPPED: the file was withdrawn while at this step.
 */
export type TimelineStepStatus = "DONE" | "CURRENT" | "PENDING" | "SKIPPED" | "STOPPED";

export interface TimelineStep {
  no: number;
  activity: string;
  role: Role;
  standardMinutes: number;
  status: TimelineStepStatus;
  /** Stays at this step so far; the fields below describe the latest one. */
  visits: number;
  startedAt?: Date;
  finishedAt?: Date;
  spentMinutes?: number;
  dueAt?: Date;
  sla?: SlaState;
  actorId?: string;
  actorRole?: Role;
}

export interface FileTimeline {
  status: FileStatus;
  /** The step being worked on; null while RETURNED or closed. */
  currentStep: number | null;
  returnedFromStep: number | null;
  submittedAt: Date | null;
  closedAt: Date | null;
  steps: TimelineStep[];
  /** The office's own working time since submission: excludes time RETURNED and the applicant's steps. */
  officeMinutes: number;
  /** Working time the file spent with the applicant since submission (RETURNED, receipt steps). */
  applicantMinutes: number;
  /** Due of the current step (or now, if already late) plus the standard of the expected rest of the path. */
  expectedCompletionAt: Date | null;
  /** Standard time of the path this file is on: steps taken so far plus the expected rest. */
  pathTotalStandardMinutes: number;
}

export function fileTimeline(
  sop: SopDefinition,
  cal: WorkingCalendar,
  events: readonly FileEvent[],
  startedAt: Date,
  now: Date,
): FileTimeline {
  const history = historyOf(sop, events, startedAt);
  const { state } = history;
  const open = state.status === "IN_PROGRESS" || state.status === "RETURNED";
  const current = state.status === "IN_PROGRESS" ? state.step : null;
  const ahead = new Set<number>(open ? likelyPathFrom(sop, state.step) : []);
  if (current !== null) ahead.delete(current);
  const dueAt = stepDueAt(sop, cal, state);
  const spent = (from: Date, to: Date | null): number => workingMinutesBetween(cal, from, to ?? now);

  const steps = sop.steps.map((step): TimelineStep => {
    const visits = history.visits.filter((v) => v.stepNo === step.no);
    const base = { no: step.no, activity: step.activity, role: step.role, standardMinutes: step.standardMinutes, visits: visits.length };
    if (step.no === current) {
      const spentMinutes = spent(state.stepStartedAt, null);
      return {
        ...base,
        status: "CURRENT",
        startedAt: state.stepStartedAt,
        spentMinutes,
        ...(dueAt ? { dueAt, sla: slaStateOf(spentMinutes, step.standardMinutes) } : {}),
      };
    }
    const finished = visits.filter((v) => v.finishedAt !== null).at(-1);
    const status = ahead.has(step.no) ? "PENDING" : finishedStatus(finished);
    return finished ? { ...base, status, ...describeFinished(finished, step.standardMinutes, spent) } : { ...base, status };
  });

  return {
    status: state.status,
    currentStep: current,
    returnedFromStep: state.returnedFromStep,
    submittedAt: state.submittedAt,
    closedAt: state.closedAt,
    steps,
    ...splitMinutes(history, spent),
    expectedCompletionAt: expectedCompletion(sop, cal, history, dueAt, now),
    pathTotalStandardMinutes: pathStandard(sop, history),
  };
}

function finishedStatus(finished: StepVisit | undefined): TimelineStepStatus {
  if (!finished) return "SKIPPED";
  return finished.endedBy !== null && isStepActionName(finished.endedBy) ? "DONE" : "STOPPED";
}

function describeFinished(
  visit: StepVisit,
  standardMinutes: number,
  spent: (from: Date, to: Date | null) => number,
): Partial<TimelineStep> {
  const spentMinutes = spent(visit.startedAt, visit.finishedAt);
  return {
    startedAt: visit.startedAt,
    ...(visit.finishedAt ? { finishedAt: visit.finishedAt } : {}),
    spentMinutes,
    // A finished step is on time or late; "at risk" only warns about a step still running.
    sla: spentMinutes <= standardMinutes ? "ON_TIME" : "OVERDUE",
    ...(visit.actorId !== null ? { actorId: visit.actorId } : {}),
    ...(visit.actorRole !== null ? { actorRole: visit.actorRole } : {}),
  };
}

function splitMinutes(
  history: FileHistory,
  spent: (from: Date, to: Date | null) => number,
): { officeMinutes: number; applicantMinutes: number } {
  const submittedAt = history.state.submittedAt;
  let officeMinutes = 0;
  let applicantMinutes = 0;
  if (submittedAt === null) return { officeMinutes, applicantMinutes };
  for (const visit of history.visits) {
    if (visit.startedAt < submittedAt) continue;
    const minutes = spent(visit.startedAt, visit.finishedAt);
    if (visit.applicantTime) applicantMinutes += minutes;
    else officeMinutes += minutes;
  }
  for (const period of history.returns) applicantMinutes += spent(period.startedAt, period.endedAt);
  return { officeMinutes, applicantMinutes };
}

function expectedCompletion(
  sop: SopDefinition,
  cal: WorkingCalendar,
  history: FileHistory,
  dueAt: Date | null,
  now: Date,
): Date | null {
  const { state } = history;
  const standardOf = (nos: number[]): number => nos.reduce((sum, no) => sum + requireStep(sop, no).standardMinutes, 0);
  const path = likelyPathFrom(sop, state.step);
  if (state.status === "RETURNED") return addWorkingMinutes(cal, now, standardOf(path));
  if (state.status !== "IN_PROGRESS") return null;
  const [here, ...rest] = path;
  const currentEnd = dueAt ?? addWorkingMinutes(cal, now, standardOf(here === undefined ? [] : [here]));
  const base = currentEnd.getTime() < now.getTime() ? now : currentEnd;
  return addWorkingMinutes(cal, base, standardOf(rest));
}

function pathStandard(sop: SopDefinition, history: FileHistory): number {
  const { state } = history;
  const open = state.status === "IN_PROGRESS" || state.status === "RETURNED";
  const steps = new Set([...state.enteredSteps, ...(open ? likelyPathFrom(sop, state.step) : [])]);
  return [...steps].reduce((sum, no) => sum + requireStep(sop, no).standardMinutes, 0);
}
