import { fileStats, periodBounds, sopDefinitionSchema, stateFromJSON, type SopDefinition, type WorkingCalendar } from "@perizinan/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { loadCalendar } from "./calendar";
import { toDomainEvent } from "./events";

type Tx = Prisma.TransactionClient | Db;

/** Files per batch when many are derived again: bounded memory, and statements of sane size. */
const BATCH = 500;

/**
 * Derives the dashboard rows (StepStay, FileSummary) of the given files from their events, with
 * the office calendar as it is now, replacing whatever was there. Called inside the transaction
 * that appends an event, so the figures can never disagree with the history.
 */
export async function refreshFileStats(
  tx: Tx,
  applicationIds: readonly string[],
  /** The calendar of the files' office, when the caller has it at hand (all files of one office). */
  known: { calendar?: WorkingCalendar } = {},
): Promise<void> {
  if (applicationIds.length === 0) return;
  const files = await tx.application.findMany({
    where: { id: { in: [...applicationIds] } },
    select: { id: true, officeId: true, permitTypeId: true, state: true, sopVersionId: true, sopVersion: { select: { definition: true } } },
  });
  const events = await tx.fileEvent.findMany({
    where: { applicationId: { in: files.map((f) => f.id) } },
    orderBy: [{ applicationId: "asc" }, { seq: "asc" }],
  });
  const eventsByFile = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsByFile.get(e.applicationId);
    if (list) list.push(e);
    else eventsByFile.set(e.applicationId, [e]);
  }
  const sops = new Map<string, SopDefinition>();
  const calendars = new Map<string, WorkingCalendar>();

  const stays: Prisma.StepStayCreateManyInput[] = [];
  const summaries: Prisma.FileSummaryCreateManyInput[] = [];
  for (const file of files) {
    const fileEvents = eventsByFile.get(file.id) ?? [];
    // A draft has no history yet and is no one's service time.
    if (fileEvents.length === 0) continue;
    const sop = sops.get(file.sopVersionId) ?? sopDefinitionSchema.parse(file.sopVersion.definition);
    sops.set(file.sopVersionId, sop);
    const calendar = calendars.get(file.officeId) ?? known.calendar ?? (await loadCalendar(tx, file.officeId));
    calendars.set(file.officeId, calendar);

    const startedAt = stateFromJSON(file.state).startedAt;
    const derived = fileStats(sop, calendar, fileEvents.map(toDomainEvent), startedAt);
    const owner = { applicationId: file.id, officeId: file.officeId, permitTypeId: file.permitTypeId };
    for (const stay of derived.stays) {
      stays.push({
        ...owner,
        stepNo: stay.stepNo,
        visit: stay.visit,
        role: stay.role,
        applicantTime: stay.applicantTime,
        officeTime: stay.officeTime,
        startedAt: stay.startedAt,
        finishedAt: stay.finishedAt,
        endedBy: stay.endedBy,
        actorId: stay.actorId,
        actorRole: stay.actorRole,
        standardMinutes: stay.standardMinutes,
        workingMinutes: stay.workingMinutes,
        onTime: stay.onTime,
        reasons: stay.reasons,
      });
    }
    const s = derived.summary;
    summaries.push({
      ...owner,
      status: s.status,
      submittedAt: s.submittedAt,
      closedAt: s.closedAt,
      outcome: s.outcome,
      officeMinutes: s.officeMinutes,
      officeStandardMinutes: s.officeStandardMinutes,
      withinStandard: s.withinStandard,
      returnCount: s.returnCount,
    });
  }

  const ids = files.map((f) => f.id);
  await tx.stepStay.deleteMany({ where: { applicationId: { in: ids } } });
  await tx.fileSummary.deleteMany({ where: { applicationId: { in: ids } } });
  if (stays.length > 0) await tx.stepStay.createMany({ data: stays });
  if (summaries.length > 0) await tx.fileSummary.createMany({ data: summaries });
}

/**
 * After a holiday is added or removed, the files that were in the office (or with the applicant)
 * on that day are derived again; nothing else can have changed.
 */
export async function refreshStatsAroundDate(tx: Tx, officeId: string, isoDate: string): Promise<number> {
  const office = await tx.office.findUniqueOrThrow({ where: { id: officeId }, select: { timeZone: true } });
  const { start, end } = periodBounds({ from: isoDate, to: isoDate }, office.timeZone);
  const touched = await tx.stepStay.findMany({
    where: { officeId, startedAt: { lt: end }, OR: [{ finishedAt: null }, { finishedAt: { gt: start } }] },
    select: { applicationId: true },
    distinct: ["applicationId"],
  });
  const ids = touched.map((t) => t.applicationId);
  const calendar = await loadCalendar(tx, officeId);
  for (let i = 0; i < ids.length; i += BATCH) await refreshFileStats(tx, ids.slice(i, i + BATCH), { calendar });
  return ids.length;
}

/**
 * Derives the dashboard rows again for every file (or only those that have none yet, as after the
 * upgrade that introduced them), one batch per transaction.
 */
export async function rebuildStats(db: Db, options: { onlyMissing?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<number> {
  const where = { events: { some: {} }, ...(options.onlyMissing ? { summary: { is: null } } : {}) };
  const all = await db.application.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
  for (let i = 0; i < all.length; i += BATCH) {
    const ids = all.slice(i, i + BATCH).map((a) => a.id);
    await db.$transaction((tx) => refreshFileStats(tx, ids), { maxWait: 15_000, timeout: 120_000 });
    options.onProgress?.(Math.min(i + BATCH, all.length), all.length);
  }
  return all.length;
}
