import "./zod-locale";
export * from "./roles";
export * from "./actions";
export * from "./file-status";

export * from "./sop/types";
export { sopDefinitionSchema } from "./sop/schema";
export { validateSop, type SopValidation } from "./sop/validate";
export {
  findStep,
  firstStep,
  requireStep,
  isApplicantStep,
  likelyAction,
  likelyPathFrom,
  pathsToEnds,
  reachableFrom,
  type SopPath,
} from "./sop/graph";
export { sopTotals, type SopTotals } from "./sop/totals";
export { SOP_SIK_PEREKAM_MEDIS } from "./sop/sik-perekam-medis";

export {
  DURATION_UNIT_LABELS,
  DURATION_UNIT_MINUTES,
  DURATION_UNITS,
  MINUTES_PER_WORKING_DAY,
  amountIn,
  durationUnitOf,
  formatWorkingDuration,
  workingDays,
  workingMinutesOf,
  type DurationUnit,
} from "./time/working-duration";
export {
  addWorkingMinutes,
  defaultCalendar,
  validateCalendar,
  workingCalendarSchema,
  workingMinutesBetween,
  usualWeekOn,
  type CalendarValidation,
  type DatedWeek,
  type SpecialHours,
  type Weekday,
  type WorkingCalendar,
  type WorkingInterval,
} from "./time/calendar";

export { startFile, type FileState } from "./file/state";
export type { Command, FileEvent, RefusalCode, TransitionResult } from "./file/events";
export { availableActions, transition } from "./file/machine";
export { effectsOf, producesLetter, type Effect } from "./file/effects";
export { assignmentColumns, stepsActedOnBy, whyCannotAct } from "./file/worklist";
export { localDateTimeToInstant, zoneOffsetMs } from "./time/zoned-clock";
export {
  checklistField,
  documentsStillToReplace,
  judgeChecklist,
  offersChecklist,
  type Checklist,
  type ChecklistJudgement,
  type ChecklistOutcome,
  type RequirementRef,
  type UploadedDocument,
} from "./file/checklist";
export { replay, walkEvents, type ReplayedEvent } from "./file/replay";
export { eventFromJSON, eventToJSON, stateFromJSON, stateToJSON } from "./file/state-json";

export { AT_RISK_SHARE, SLA_LABELS, slaStateOf, stepDeadlines, stepDueAt, type SlaState } from "./sla/sla";
export { historyOf, type FileHistory, type ReturnPeriod, type StepVisit } from "./sla/history";
export { stepDurations, type StepDuration } from "./sla/step-durations";
export { fileTimeline, type FileTimeline, type TimelineStep, type TimelineStepStatus } from "./sla/timeline";
export {
  abandonedReturnTimes,
  DEFAULT_ESCALATION,
  escalationOf,
  escalationPolicyProblems,
  readEscalationPolicy,
  type Escalation,
  type EscalationPolicy,
  type EscalationPolicyProblem,
} from "./sla/escalation";

export {
  can,
  canViewFile,
  permissionsOf,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  type AccessContext,
  type AccessResource,
  type Permission,
} from "./access/permissions";

export * from "./forms";
export { fileStats, type FileStats, type FileSummaryRecord, type Outcome, type StayRecord } from "./stats/file-stats";
export {
  localDayNumber,
  localIsoDate,
  MAX_PERIOD_DAYS,
  monthPeriod,
  PERIOD_PRESET_LABELS,
  PERIOD_PRESETS,
  periodBounds,
  periodSchema,
  presetPeriod,
  type Period,
  type PeriodPreset,
} from "./stats/period";
export { BACKLOG_BUCKETS, BACKLOG_LABELS, backlogBucketOf, type BacklogBucket } from "./stats/backlog";
export * from "./permit-type";
export { SEED_PERMIT_TYPES, SIK_PEREKAM_MEDIS } from "./seed";
export { INDONESIAN_TIME_ZONES, isIndonesianTimeZone, officeClock, zoneAbbreviation, type IndonesianTimeZone, type OfficeClock } from "./time/indonesian-zones";
export { DAYS_ID, MONTHS_ID, formatCalendarDate } from "./time/calendar-words";
export { formatDayHours, parseDayHours, type DayHoursReading } from "./time/day-hours";
export * from "./notify";
