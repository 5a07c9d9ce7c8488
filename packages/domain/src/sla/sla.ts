import type { FileState } from "../file/state";
import { findStep } from "../sop/graph";
import type { SopDefinition } from "../sop/types";
import { addWorkingMinutes, type WorkingCalendar } from "../time/calendar";

export type SlaState = "ON_TIME" | "AT_RISK" | "OVERDUE";

export const SLA_LABELS: Record<SlaState, string> = {
  ON_TIME: "Tepat waktu",
  AT_RISK: "Berisiko terlambat",
  OVERDUE: "Terlambat",
};

/** Share of the standard time after which a step is flagged, so that escalation comes before the delay. */
export const AT_RISK_SHARE = 0.75;

export function slaStateOf(spentMinutes: number, standardMinutes: number): SlaState {
  if (spentMinutes > standardMinutes) return "OVERDUE";
  if (spentMinutes > standardMinutes * AT_RISK_SHARE) return "AT_RISK";
  return "ON_TIME";
}

/**
 * When the current step is due, in working time. None while the file is a draft (the clock starts
 * at submission), with the applicant (RETURNED) or closed.
 */
export function stepDueAt(sop: SopDefinition, cal: WorkingCalendar, state: FileState): Date | null {
  if (state.status !== "IN_PROGRESS" || state.submittedAt === null) return null;
  const step = findStep(sop, state.step);
  return step ? addWorkingMinutes(cal, state.stepStartedAt, step.standardMinutes) : null;
}

/** The current step's due and at-risk moments, stored with the file so that inbox filters run in SQL. */
export function stepDeadlines(sop: SopDefinition, cal: WorkingCalendar, state: FileState): { stepDueAt: Date | null; stepAtRiskAt: Date | null } {
  const due = stepDueAt(sop, cal, state);
  const standard = findStep(sop, state.step)?.standardMinutes;
  if (!due || !standard) return { stepDueAt: null, stepAtRiskAt: null };
  return { stepDueAt: due, stepAtRiskAt: addWorkingMinutes(cal, state.stepStartedAt, Math.ceil(standard * AT_RISK_SHARE)) };
}
