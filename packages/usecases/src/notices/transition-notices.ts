import {
  abandonedReturnTimes,
  fileTimeline,
  findStep,
  noticesOfTransition,
  officeClock,
  STATUS_LABELS,
  stepDueAt,
  type Effect,
  type FileEvent,
  type FileState,
  type LetterPurpose,
  type PermitTypeDefinition,
  type SopDefinition,
  type WorkingCalendar,
} from "@perizinan/domain";
import type { Prisma } from "@perizinan/db";
import { formatIndonesianDate } from "@perizinan/letters";
import { noticeLinks } from "./links";
import { resolveRecipients } from "./recipients";
import { OFFICE_FOR_NOTICE, officeValues, stepValues } from "./values";
import { writeNotices, type NoticeToWrite } from "./write";

type Tx = Prisma.TransactionClient;

export interface TransitionNoticeInput {
  file: { id: string; officeId: string; applicantId: string; permitTypeId: string; createdAt: Date };
  registrationNumber: string | null;
  sop: SopDefinition;
  definition: PermitTypeDefinition;
  calendar: WorkingCalendar;
  before: FileState;
  after: FileState;
  effects: readonly Effect[];
  /** The file's history including this transition's event, last. */
  events: readonly FileEvent[];
  eventSeq: number;
  /** The agenda number this transition took, if any. */
  number: string | null;
  at: Date;
}

/**
 * Writes the notices a file's transition causes (the domain's `noticesOfTransition`) to the
 * outbox, in the transition's transaction. The source names the event, so a transition's notice
 * is written once whatever retries.
 */
export async function writeTransitionNotices(tx: Tx, t: TransitionNoticeInput): Promise<number> {
  const letterPurposes: Record<string, LetterPurpose> = Object.fromEntries(t.definition.letters.map((l) => [l.code, l.purpose]));
  const notices = noticesOfTransition({ sop: t.sop, before: t.before, after: t.after, effects: t.effects, letterPurposes });
  if (notices.length === 0) return 0;

  const [office, applicant] = await Promise.all([
    tx.office.findUniqueOrThrow({ where: { id: t.file.officeId }, select: { ...OFFICE_FOR_NOTICE, returnAbandonDays: true } }),
    tx.user.findUniqueOrThrow({ where: { id: t.file.applicantId }, select: { name: true } }),
  ]);
  const clock = officeClock(office.timeZone);
  const when = (d: Date | null) => (d ? formatIndonesianDate(d, clock, true) : "");
  const step = t.after.status === "IN_PROGRESS" ? findStep(t.sop, t.after.step) : undefined;
  const event = t.events[t.events.length - 1];
  const expected = notices.some((n) => n.kind === "FILE_SUBMITTED" || n.kind === "FILE_RESUBMITTED")
    ? fileTimeline(t.sop, t.calendar, t.events, t.file.createdAt, t.at).expectedCompletionAt
    : null;
  const returned = t.after.status === "RETURNED" ? abandonedReturnTimes(t.calendar, t.at, office.returnAbandonDays).closeAt : null;

  const values: Record<string, string> = {
    "berkas.nomorRegistrasi": t.registrationNumber ?? "",
    "berkas.jenisIzin": t.definition.name,
    "berkas.pemohon": applicant.name,
    ...stepValues(step),
    "berkas.tenggat": when(stepDueAt(t.sop, t.calendar, t.after)),
    "berkas.perkiraanSelesai": when(expected),
    "berkas.alasan": (event?.reasons ?? []).map((r) => `- ${r}`).join("\n"),
    "berkas.batasPerbaikan": when(returned),
    "berkas.status": STATUS_LABELS[t.after.status],
    "izin.nomor": t.number ?? "",
    "tautan.lacak": noticeLinks.tracking(t.registrationNumber),
    "tautan.perbaikan": noticeLinks.applicantFile(t.file.id),
    "tautan.berkas": noticeLinks.staffFile(t.file.id),
    "tautan.pemberitahuan": noticeLinks.applicantNotices(),
    ...officeValues(office),
  };

  const toWrite: NoticeToWrite[] = [];
  for (const notice of notices) {
    const staff = notice.recipients.to === "ROLE";
    toWrite.push({
      kind: notice.kind,
      source: `berkas:${t.file.id}:${t.eventSeq}:${notice.kind}`,
      officeId: t.file.officeId,
      applicationId: t.file.id,
      permitTypeId: t.file.permitTypeId,
      recipients: await resolveRecipients(tx, t.file, notice.recipients),
      values,
      link: staff ? `/berkas/${t.file.id}` : `/permohonan/${t.file.id}`,
      digestible: notice.kind === "NEW_WORK",
    });
  }
  return writeNotices(tx, toWrite, t.at);
}
