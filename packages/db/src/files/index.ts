export { applyCommand, stepDeadlines, STALE_VERSION_MESSAGE, type ApplyCommandInput, type ApplyCommandResult } from "./apply-command";
export { loadCalendar } from "./calendar";
export { createDraft } from "./create-draft";
export { newRegistrationNumber } from "./registration-number";
export { toDomainEvent } from "./events";
export { allocateAgendaNumber, formatAgendaNumber, type AgendaKind } from "./agenda";
export { recomputeOpenDeadlines } from "./deadlines";
export { rebuildMonthlyRollups, rebuildStats, refreshFileStats, refreshStatsAroundDate, insertStays, stayRow } from "./stats";
