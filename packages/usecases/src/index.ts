export { AppError, isAppError, type AppErrorCode } from "./errors";
export { changeFile, type Amendment, type FileChange, type FileChangeResult, type FileForChange, type UseCaseDeps } from "./files/change-file";
export { performStepAction, type StepActionInput, type StepActionName } from "./files/step-action";
export { confirmReceipt, resubmitFile, submitFile, withdrawFile } from "./files/applicant-actions";
export { renderPendingLetters, type RenderLetter, type RenderOutcome } from "./letters/pending-letters";
export { judgeStepOutput, stepOutputSchema, type StepOutput } from "./letters/step-output";
export { definitionOfVersion, formFieldsOf, loadDefinition, officerFieldsOf, requirementNeeded, requirementRows, requirementsFor } from "./permit-types/definitions";
export { type LetterFacts, type PermitFacts } from "./letters/letter-input";
export { portalUrl } from "./config";
export { sopOfVersion } from "./sop-cache";
export { letterheadOf, withEmblem, type OfficeLetterheadRow } from "./letters/letterhead";
export { checkDefinition, definitionRefusal, publishRevision } from "./permit-types/publish";
export {
  blankDefinition,
  createPermitType,
  draftView,
  exportDefinition,
  importDefinition,
  judgeDocument,
  publishDraft,
  saveDraft,
  startDraft,
  walkDefinition,
  type CreatedPermitType,
  type DocumentJudgement,
  type DraftInfo,
  type DraftView,
  type FlowWalk,
  type ImportedPermitType,
  type SavedDraft,
  type WalkPath,
  type WalkStep,
} from "./permit-types/drafts";
export { previewLetter, sampleLetter } from "./letters/preview";
export { sweepStepClocks, writeDailyDigests, type ClockSweep } from "./notices";
