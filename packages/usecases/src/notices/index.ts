export { noticeLinks } from "./links";
export { resolveRecipients, staffWithRole, type Recipient } from "./recipients";
export { writeTransitionNotices, type TransitionNoticeInput } from "./transition-notices";
export { writeNotices, type NoticeToWrite } from "./write";
