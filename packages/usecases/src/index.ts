export { AppError, isAppError, type AppErrorCode } from "./errors";
export { changeFile, type Amendment, type FileChange, type FileChangeResult, type FileForChange, type UseCaseDeps } from "./files/change-file";
export { performStepAction, type StepActionInput, type StepActionName } from "./files/step-action";
export { confirmReceipt, resubmitFile, submitFile, withdrawFile } from "./files/applicant-actions";
export { renderPendingLetters, type RenderLetter, type RenderOutcome } from "./letters/pending-letters";
export { outputProblem, stepOutputSchema, type StepOutput } from "./letters/step-output";
export { portalUrl } from "./config";
export { sopOfVersion } from "./sop-cache";
export { letterheadOf, withEmblem, type OfficeLetterheadRow } from "./letters/letterhead";
