import type { ActionName } from "../actions";
import type { FileEvent } from "../file/events";
import type { FileStatus } from "../file-status";
import type { Role } from "../roles";
import { historyOf } from "../sla/history";
import { requireStep } from "../sop/graph";
import type { SopDefinition } from "../sop/types";
import { type WorkingCalendar, workingMinutesBetween } from "../time/calendar";

/**
 * One stay of a file at a step, as the dashboard counts it. Derived from the events and the
 * calendar only, so it can be thrown away and derived again at any time.
 */
export interface StayRecord {
  stepNo: number;
  visit: number;
  role: Role;
  applicantTime: boolean;
  /** The office's own service time: an office step entered after submission. */
  officeTime: boolean;
  startedAt: Date;
  finishedAt: Date | null;
  endedBy: ActionName | null;
  actorId: string | null;
  actorRole: Role | null;
  standardMinutes: number;
  /** Working minutes of a finished stay; null while the file is still there. */
  workingMinutes: number | null;
  onTime: boolean | null;
  reasons: string[];
  /** Counted as a finished office step: office time, finished, not cut short by a withdrawal. */
  counted: boolean;
  /**
   * For a counted stay: when the same officer last finished a counted stay of this file (null for
   * their first). A file counts once per officer in a period — at the officer's first stay there
   * whose predecessor lies before the period — so "files handled" adds up without a DISTINCT.
   */
  previousByActorAt: Date | null;
}

export type Outcome = "ISSUED" | "REJECTED" | "WITHDRAWN";

export interface FileSummaryRecord {
  status: FileStatus;
  submittedAt: Date | null;
  /** When the file ended ISSUED, REJECTED or WITHDRAWN; a later revocation does not move it. */
  closedAt: Date | null;
  outcome: Outcome | null;
  /**
   * Working minutes the office held the file between submission and close: office steps only,
   * the applicant's steps and the time it lay RETURNED excluded. Null until closed.
   */
  officeMinutes: number | null;
  /** The standard of the office steps the file went through (a step redone after a return counts again). */
  officeStandardMinutes: number | null;
  /** Completed (issued or rejected) within the standard; null for open or withdrawn files. */
  withinStandard: boolean | null;
  returnCount: number;
}

export interface FileStats {
  stays: StayRecord[];
  summary: FileSummaryRecord;
}

const OUTCOMES: readonly FileStatus[] = ["ISSUED", "REJECTED", "WITHDRAWN"];

export function fileStats(sop: SopDefinition, cal: WorkingCalendar, events: readonly FileEvent[], startedAt: Date): FileStats {
  const { state, visits, returns } = historyOf(sop, events, startedAt);
  const submittedAt = state.submittedAt;

  const lastByActor = new Map<string, Date>();
  const stays = visits.map((visit): StayRecord => {
    const standardMinutes = requireStep(sop, visit.stepNo).standardMinutes;
    const workingMinutes = visit.finishedAt ? workingMinutesBetween(cal, visit.startedAt, visit.finishedAt) : null;
    const officeTime = !visit.applicantTime && submittedAt !== null && visit.startedAt >= submittedAt;
    const counted = officeTime && visit.finishedAt !== null && visit.endedBy !== "WITHDRAW" && visit.actorId !== null;
    const previousByActorAt = counted ? (lastByActor.get(visit.actorId as string) ?? null) : null;
    if (counted) lastByActor.set(visit.actorId as string, visit.finishedAt as Date);
    return {
      stepNo: visit.stepNo,
      visit: visit.visit,
      role: visit.role,
      applicantTime: visit.applicantTime,
      officeTime,
      startedAt: visit.startedAt,
      finishedAt: visit.finishedAt,
      endedBy: visit.endedBy,
      actorId: visit.actorId,
      actorRole: visit.actorRole,
      standardMinutes,
      workingMinutes,
      onTime: workingMinutes === null ? null : workingMinutes <= standardMinutes,
      reasons: visit.reasons,
      counted,
      previousByActorAt,
    };
  });

  const closing = events.find((e) => OUTCOMES.includes(e.toStatus));
  const outcome = (closing?.toStatus ?? null) as Outcome | null;
  const closedAt = closing?.at ?? null;
  const office = stays.filter((s) => s.officeTime);
  const officeMinutes = closedAt ? office.reduce((sum, s) => sum + (s.workingMinutes ?? 0), 0) : null;
  const officeStandardMinutes = closedAt ? office.reduce((sum, s) => sum + s.standardMinutes, 0) : null;
  const completed = outcome === "ISSUED" || outcome === "REJECTED";

  return {
    stays,
    summary: {
      status: state.status,
      submittedAt,
      closedAt,
      outcome,
      officeMinutes,
      officeStandardMinutes,
      withinStandard: completed && officeMinutes !== null && officeStandardMinutes !== null ? officeMinutes <= officeStandardMinutes : null,
      returnCount: returns.length,
    },
  };
}
