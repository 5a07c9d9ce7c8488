import type { Role } from "../roles";
import { escalationOf, type EscalationPolicy } from "../sla/escalation";
import { addWorkingMinutes, type WorkingCalendar } from "../time/calendar";

/**
 * How far the office has been told about one visit of a file to a step, as one number that only
 * grows: 0 nothing yet, 1 "at risk" told to the step's role, 2 "overdue" told, 2 + k the k-th
 * supervisor of the chain told. Kept with the file's visit, so a sweep tells each person once.
 */
export type ClockStage = number;

export const CLOCK_STAGE = { NONE: 0, AT_RISK: 1, OVERDUE: 2 } as const;

export type ClockNotice =
  | { kind: "STEP_AT_RISK" | "STEP_OVERDUE"; stage: number; to: "STEP_ROLE" }
  | { kind: "ESCALATION"; stage: number; to: "SUPERVISOR"; role: Role; level: number; alsoAgency: boolean };

export interface ClockReading {
  /** What is to be told now, in order; empty when nothing new is due. */
  notices: ClockNotice[];
  /** The stage reached, to be kept with the visit. */
  stage: ClockStage;
  /** When this visit next needs a look, or null when nothing more can follow. */
  nextAt: Date | null;
  /** The supervisors told so far on this visit (their worklists show it as "Terlambat di bawah saya"). */
  escalatedTo: Role[];
  /** Working minutes the step is overdue now. */
  overdueMinutes: number;
}

/**
 * What the clock says about a step visit at `now`, given the stage already told. A sweep that
 * was not running for a while catches up without noise: a file found already overdue is not also
 * called "at risk", but every supervisor whose level was reached is told (each is a different
 * person who needs to know). Steps of the applicant run on the applicant's time and never notify.
 */
export function readStepClock(input: {
  calendar: WorkingCalendar;
  policy: EscalationPolicy;
  role: Role;
  standardMinutes: number;
  atRiskAt: Date;
  dueAt: Date;
  now: Date;
  told: ClockStage;
}): ClockReading {
  const { now, told } = input;
  if (input.role === "PEMOHON") return { notices: [], stage: told, nextAt: null, escalatedTo: [], overdueMinutes: 0 };
  const escalation = escalationOf(input);
  const chain = input.policy.chains[input.role] ?? [];
  // Overdue on the working clock, as the worklists count it: a step due at closing time is not late overnight.
  const reached =
    escalation.overdueMinutes > 0 ? CLOCK_STAGE.OVERDUE + escalation.level : now.getTime() >= input.atRiskAt.getTime() ? CLOCK_STAGE.AT_RISK : CLOCK_STAGE.NONE;
  const stage = Math.max(told, reached);

  const notices: ClockNotice[] = [];
  if (reached === CLOCK_STAGE.AT_RISK && told < CLOCK_STAGE.AT_RISK) notices.push({ kind: "STEP_AT_RISK", stage: CLOCK_STAGE.AT_RISK, to: "STEP_ROLE" });
  if (reached >= CLOCK_STAGE.OVERDUE && told < CLOCK_STAGE.OVERDUE) notices.push({ kind: "STEP_OVERDUE", stage: CLOCK_STAGE.OVERDUE, to: "STEP_ROLE" });
  for (let level = Math.max(1, told - CLOCK_STAGE.OVERDUE + 1); level <= reached - CLOCK_STAGE.OVERDUE; level++) {
    notices.push({ kind: "ESCALATION", stage: CLOCK_STAGE.OVERDUE + level, to: "SUPERVISOR", role: chain[level - 1]!, level, alsoAgency: level === 1 && escalation.tellAgency });
  }

  const nextAt = reached === CLOCK_STAGE.NONE ? input.atRiskAt : reached === CLOCK_STAGE.AT_RISK ? addWorkingMinutes(input.calendar, input.dueAt, 1) : escalation.nextAt;
  return { notices, stage, nextAt, escalatedTo: chain.slice(0, Math.max(0, stage - CLOCK_STAGE.OVERDUE)), overdueMinutes: escalation.overdueMinutes };
}
