export { applyCommand, STALE_VERSION_MESSAGE, type ApplyCommandInput, type ApplyCommandResult } from "./apply-command";
export { persistTransition, StaleVersionError, type TransitionToPersist } from "./persist-transition";
export { loadCalendar } from "./calendar";
export { createDraft } from "./create-draft";
export { newRegistrationNumber } from "./registration-number";
export { toDomainEvent } from "./events";
export { allocateAgendaNumber, formatAgendaNumber } from "./agenda";
export { recomputeOpenDeadlines } from "./deadlines";
export { rebuildMonthlyRollups, rebuildStats, refreshFileStats, refreshStatsAroundDate, refreshStatsInPeriod, insertStays, stayRow } from "./stats";
