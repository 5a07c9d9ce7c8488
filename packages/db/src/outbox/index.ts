export {
  claimDueNotifications,
  enqueueNotifications,
  parkUnconfigured,
  recordAttempt,
  requeueNotifications,
  SECRET_PLACEHOLDER_PREFIX,
  unconfiguredReason,
  type AttemptRecord,
  type ClaimedNotification,
  type ClaimRequest,
  type NewNotification,
} from "./queue";
export { digestWritten, lateUnder, saveStepWatch, stepsDueALook, type WatchedStep } from "./step-watch";
