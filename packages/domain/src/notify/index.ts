export { NOTICE_CHANNEL_LABELS, NOTICE_CHANNELS, NOTICE_KIND_INFO, NOTICE_KINDS, isNoticeKind, type NoticeAudience, type NoticeChannel, type NoticeKind, type NoticeKindInfo } from "./kinds";
export { DEFAULT_NOTICE_TEMPLATES, NOTICE_PLACEHOLDERS, noticeTemplateProblems, renderNotice, templateFor, type NoticeTemplate, type NoticeTemplateProblem, type RenderedNotice } from "./templates";
export { noticesOfTransition, type NoticeRecipients, type TransitionFacts, type TransitionNotice } from "./triggers";
export { channelsFor, DEFAULT_RETRY, idempotencyKey, nextAttemptDelay, whatsAppNumber, type RecipientChoices, type RetryPolicy } from "./delivery";
export { CLOCK_STAGE, readStepClock, type ClockNotice, type ClockReading, type ClockStage } from "./clock";
export { digestDayAt, lateDigestList, workDigestList, type LateFile, type NewWorkItem } from "./digest";
