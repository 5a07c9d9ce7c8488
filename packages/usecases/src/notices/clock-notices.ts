import { formatWorkingDuration, officeClock, readEscalationPolicy, readStepClock, type ClockNotice, type Role, type WorkingCalendar } from "@perizinan/domain";
import type { Db, Prisma } from "@perizinan/db";
import { loadCalendar } from "@perizinan/db/files";
import { saveStepWatch, stepsDueALook, type WatchedStep } from "@perizinan/db/outbox";
import { formatIndonesianDate } from "@perizinan/letters";
import { loadDefinition } from "../permit-types/definitions";
import { loadSop } from "../sop-cache";
import { noticeLinks } from "./links";
import { agencyContact, staffWithRole, type Recipient } from "./recipients";
import { OFFICE_FOR_NOTICE, officeValues, stepValues } from "./values";
import { writeNotices, type NoticeToWrite } from "./write";

type Tx = Prisma.TransactionClient;

interface OfficeOnTheClock {
  values: Record<string, string>;
  timeZone: string;
  calendar: WorkingCalendar;
  policy: ReturnType<typeof readEscalationPolicy>["policy"];
}

export interface ClockSweep {
  /** Step visits looked at. */
  looked: number;
  /** Outbox rows written. */
  written: number;
}

/**
 * Tells the office about steps running late, on the SOP's working clock: the step's role when
 * it nears and passes its time, then each supervisor of the office's chain as it stays late (the
 * Tim Teknis's own agency too). What was told is kept per visit (`StepWatch`), so each notice is
 * written once, in the same transaction that records it; two workers sweep different files.
 */
export async function sweepStepClocks(db: Db, now: Date, batch = 100): Promise<ClockSweep> {
  const total: ClockSweep = { looked: 0, written: 0 };
  const offices = new Map<string, OfficeOnTheClock>();
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const due = await stepsDueALook(tx, now, batch);
      for (const file of due) {
        total.written += await lookAt(tx, await officeOnTheClock(db, file.officeId, offices), file, now);
      }
      total.looked += due.length;
      return due.length < batch;
    });
    if (done) return total;
  }
}

/** The office's settings for one sweep, read outside the files' transaction (they are not what it locks). */
async function officeOnTheClock(db: Db, officeId: string, cache: Map<string, OfficeOnTheClock>): Promise<OfficeOnTheClock> {
  const known = cache.get(officeId);
  if (known) return known;
  const [office, calendar] = await Promise.all([
    db.office.findUniqueOrThrow({ where: { id: officeId }, select: { ...OFFICE_FOR_NOTICE, escalation: true } }),
    loadCalendar(db, officeId),
  ]);
  const { policy, problems } = readEscalationPolicy(office.escalation);
  if (problems.length > 0) console.warn(`[pemberitahuan] kebijakan eskalasi kantor ${office.name} tidak sah; dipakai bawaan:`, problems);
  const read = { values: officeValues(office), timeZone: office.timeZone, calendar, policy };
  cache.set(officeId, read);
  return read;
}

async function lookAt(tx: Tx, office: OfficeOnTheClock, file: WatchedStep, now: Date): Promise<number> {
  // One after the other: a transaction is one connection.
  const sop = await loadSop(tx, file.sopVersionId);
  const definition = await loadDefinition(tx, file.permitTypeVersionId);
  const step = sop.steps.find((s) => s.no === file.step);
  const reading = step
    ? readStepClock({ calendar: office.calendar, policy: office.policy, role: step.role, standardMinutes: step.standardMinutes, atRiskAt: file.stepAtRiskAt, dueAt: file.stepDueAt, now, told: file.told })
    : { notices: [], stage: file.told, nextAt: null, escalatedTo: [] as Role[], overdueMinutes: 0 };

  let written = 0;
  if (step && reading.notices.length > 0) {
    const values: Record<string, string> = {
      "berkas.nomorRegistrasi": file.registrationNumber ?? "",
      "berkas.jenisIzin": definition.name,
      "berkas.pemohon": file.applicantName,
      ...stepValues(step),
      "berkas.tenggat": formatIndonesianDate(file.stepDueAt, officeClock(office.timeZone), true),
      "berkas.terlambat": formatWorkingDuration(reading.overdueMinutes),
      "tautan.berkas": noticeLinks.staffFile(file.applicationId),
      ...office.values,
    };
    const visit = `jam:${file.applicationId}:${file.step}:${file.stepStartedAt.getTime()}`;
    const notices: NoticeToWrite[] = [];
    for (const notice of reading.notices) {
      notices.push({
        kind: notice.kind,
        source: notice.kind === "ESCALATION" ? `${visit}:ESCALATION:${notice.level}` : `${visit}:${notice.kind}`,
        officeId: file.officeId,
        applicationId: file.applicationId,
        permitTypeId: file.permitTypeId,
        recipients: await recipientsOf(tx, file, step.role, notice, definition.technicalAgency ?? null),
        values,
        link: `/berkas/${file.applicationId}`,
      });
    }
    written = await writeNotices(tx, notices, now);
  }
  await saveStepWatch(tx, {
    applicationId: file.applicationId,
    officeId: file.officeId,
    step: file.step,
    stepStartedAt: file.stepStartedAt,
    stage: reading.stage,
    nextAt: reading.nextAt,
    escalatedTo: reading.escalatedTo,
  });
  return written;
}

/** The step's own people (only its named members when the file names them), or the supervisor's role and, when due, the agency. */
async function recipientsOf(tx: Tx, file: WatchedStep, stepRole: Role, notice: ClockNotice, agency: string | null): Promise<Recipient[]> {
  if (notice.to === "STEP_ROLE") return staffWithRole(tx, file.officeId, stepRole, file.restrictedRoles.includes(stepRole) ? file.assignees : null);
  const supervisors = await staffWithRole(tx, file.officeId, notice.role, null);
  return notice.alsoAgency ? [...supervisors, ...(await agencyContact(tx, file.officeId, agency))] : supervisors;
}
