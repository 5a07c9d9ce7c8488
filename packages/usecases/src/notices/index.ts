export { sweepStepClocks, type ClockSweep } from "./clock-notices";
export { writeDailyDigests } from "./digests";
export { noticeLinks } from "./links";
export { agencyContact, resolveRecipients, staffWithRole, type Recipient } from "./recipients";
export { writeTransitionNotices, type TransitionNoticeInput } from "./transition-notices";
export { writeNotices, type NoticeToWrite } from "./write";
