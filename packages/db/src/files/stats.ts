import { fileStats, periodBounds, sopDefinitionSchema, stateFromJSON, type SopDefinition, type StayRecord, type WorkingCalendar } from "@perizinan/domain";
import { insertColumns, type ColumnType } from "../bulk-insert";
import type { Db } from "../client";
import { Prisma, type FileEvent as FileEventRow } from "../generated/prisma/client";
import { loadCalendar } from "./calendar";
import { toDomainEvent } from "./events";

type Tx = Prisma.TransactionClient | Db;
type KnownFile = { id: string; officeId: string; permitTypeId: string; state: Prisma.JsonValue; sopVersionId: string };

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
  /**
   * What the caller has at hand: the calendar of the files' office (all of one office), SOP
   * versions by id, and — from the one function that changes a file — the file and its whole
   * history, so nothing is read twice.
   */
  known: { calendar?: WorkingCalendar; sops?: ReadonlyMap<string, SopDefinition>; file?: KnownFile; events?: FileEventRow[] } = {},
): Promise<void> {
  if (applicationIds.length === 0) return;
  const files: KnownFile[] =
    known.file && applicationIds.length === 1 && applicationIds[0] === known.file.id
      ? [known.file]
      : await tx.application.findMany({
          where: { id: { in: [...applicationIds] } },
          select: { id: true, officeId: true, permitTypeId: true, state: true, sopVersionId: true },
        });
  // Each SOP version once, not its definition copied onto every file's row — and not at all when
  // the caller (applyCommand, on every event) has it parsed already.
  const sops = new Map<string, SopDefinition>(known.sops);
  const missing = [...new Set(files.map((f) => f.sopVersionId))].filter((id) => !sops.has(id));
  if (missing.length > 0) {
    for (const v of await tx.sopVersion.findMany({ where: { id: { in: missing } }, select: { id: true, definition: true } })) {
      sops.set(v.id, sopDefinitionSchema.parse(v.definition));
    }
  }
  const events =
    known.events && files.length === 1 && files[0] === known.file
      ? known.events
      : await tx.fileEvent.findMany({
          where: { applicationId: { in: files.map((f) => f.id) } },
          orderBy: [{ applicationId: "asc" }, { seq: "asc" }],
        });
  const eventsByFile = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsByFile.get(e.applicationId);
    if (list) list.push(e);
    else eventsByFile.set(e.applicationId, [e]);
  }
  const calendars = new Map<string, WorkingCalendar>();

  const stays: unknown[][] = [];
  const summaries: Prisma.FileSummaryCreateManyInput[] = [];
  for (const file of files) {
    const fileEvents = eventsByFile.get(file.id) ?? [];
    // A draft has no history yet and is no one's service time.
    if (fileEvents.length === 0) continue;
    const sop = sops.get(file.sopVersionId) as SopDefinition;
    const calendar = calendars.get(file.officeId) ?? known.calendar ?? (await loadCalendar(tx, file.officeId));
    calendars.set(file.officeId, calendar);

    const startedAt = stateFromJSON(file.state).startedAt;
    const derived = fileStats(sop, calendar, fileEvents.map(toDomainEvent), startedAt);
    const owner = { applicationId: file.id, officeId: file.officeId, permitTypeId: file.permitTypeId };
    for (const stay of derived.stays) stays.push(stayRow(owner, stay));
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
  await addToMonthlyRollups(tx, ids, -1);
  await tx.stepStay.deleteMany({ where: { applicationId: { in: ids } } });
  await tx.fileSummary.deleteMany({ where: { applicationId: { in: ids } } });
  await insertStays(tx, stays);
  if (summaries.length > 0) await tx.fileSummary.createMany({ data: summaries });
  await addToMonthlyRollups(tx, ids, +1);
}

/**
 * Adds (sign +1) or takes away (sign -1) the counted stays of the given files to or from the
 * monthly rollups, in SQL, on the office's clock. Rows are written in key order, so two
 * transactions touching the same rows always lock them in the same order and cannot deadlock.
 * Rows emptied to zero are left in place (readers skip them): deleting them here would scan the
 * table on every event; a rebuild clears them.
 */
export async function addToMonthlyRollups(tx: Tx, applicationIds: readonly string[] | "all", sign: 1 | -1, officeId?: string): Promise<void> {
  const which =
    applicationIds === "all"
      ? Prisma.sql`s."officeId" = ${officeId ?? ""}`
      : Prisma.sql`s."applicationId" = ANY(${[...applicationIds]}::text[])`;
  const localMonth = (column: string) =>
    Prisma.sql`to_char((${Prisma.raw(column)} AT TIME ZONE 'UTC') AT TIME ZONE o."timeZone", 'YYYY-MM')`;
  const localDay = (column: string) =>
    Prisma.sql`to_char((${Prisma.raw(column)} AT TIME ZONE 'UTC') AT TIME ZONE o."timeZone", 'YYYY-MM-DD')`;
  await tx.$executeRaw`
    INSERT INTO "StayMonth" ("officeId", "month", "permitTypeId", "stepNo", "actorId", "workingMinutes", "role", "stays", "onTime")
    SELECT s."officeId", ${localMonth('s."finishedAt"')}, s."permitTypeId", s."stepNo", s."actorId", s."workingMinutes", min(s."role"::text)::"Role",
      ${sign} * count(*)::int, ${sign} * count(*) FILTER (WHERE s."onTime")::int
    FROM "StepStay" s JOIN "Office" o ON o.id = s."officeId"
    WHERE ${which} AND s."counted"
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("officeId", "month", "permitTypeId", "stepNo", "actorId", "workingMinutes")
    DO UPDATE SET "stays" = "StayMonth"."stays" + EXCLUDED."stays", "onTime" = "StayMonth"."onTime" + EXCLUDED."onTime"`;
  await tx.$executeRaw`
    INSERT INTO "ActorFileMonth" ("officeId", "month", "permitTypeId", "actorId", "previousDay", "stays")
    SELECT s."officeId", ${localMonth('s."finishedAt"')}, s."permitTypeId", s."actorId",
      CASE WHEN s."previousByActorAt" IS NULL THEN '-'
           WHEN ${localMonth('s."previousByActorAt"')} = ${localMonth('s."finishedAt"')} THEN '='
           ELSE ${localDay('s."previousByActorAt"')} END,
      ${sign} * count(*)::int
    FROM "StepStay" s JOIN "Office" o ON o.id = s."officeId"
    WHERE ${which} AND s."counted"
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("officeId", "month", "permitTypeId", "actorId", "previousDay")
    DO UPDATE SET "stays" = "ActorFileMonth"."stays" + EXCLUDED."stays"`;
}

/** Builds an office's monthly rollups again from its StepStay rows (after a bulk load or a repair). */
export async function rebuildMonthlyRollups(tx: Tx, officeId: string): Promise<void> {
  await tx.stayMonth.deleteMany({ where: { officeId } });
  await tx.actorFileMonth.deleteMany({ where: { officeId } });
  // Everything derived again from StepStay, which the events derive.
  await addToMonthlyRollups(tx, "all", 1, officeId);
}

const STAY_COLUMNS = [
  ["applicationId", "text"], ["stepNo", "int"], ["visit", "int"], ["officeId", "text"], ["permitTypeId", "text"], ["role", '"Role"'],
  ["applicantTime", "boolean"], ["officeTime", "boolean"], ["startedAt", "timestamp(3)"], ["finishedAt", "timestamp(3)"],
  ["endedBy", "text"], ["actorId", "text"], ["actorRole", '"Role"'], ["standardMinutes", "int"], ["workingMinutes", "int"],
  ["onTime", "boolean"], ["reasons", "text[]"], ["counted", "boolean"], ["previousByActorAt", "timestamp(3)"],
] as const satisfies ReadonlyArray<readonly [string, ColumnType]>;

/** A derived stay as a row of STAY_COLUMNS (also what the benchmark bulk-loads). */
export function stayRow(owner: { applicationId: string; officeId: string; permitTypeId: string }, stay: StayRecord): unknown[] {
  return [
    owner.applicationId, stay.stepNo, stay.visit, owner.officeId, owner.permitTypeId, stay.role,
    stay.applicantTime, stay.officeTime, stay.startedAt, stay.finishedAt,
    stay.endedBy, stay.actorId, stay.actorRole, stay.standardMinutes, stay.workingMinutes,
    stay.onTime, JSON.stringify(stay.reasons), stay.counted, stay.previousByActorAt,
  ];
}

export async function insertStays(tx: Tx, rows: unknown[][]): Promise<void> {
  await insertColumns(tx, "StepStay", STAY_COLUMNS, rows);
}

/**
 * After a holiday is added or removed, the files that were in the office (or with the applicant)
 * on that day are derived again; nothing else can have changed.
 */
export async function refreshStatsAroundDate(tx: Tx, officeId: string, isoDate: string): Promise<number> {
  return refreshStatsInPeriod(tx, officeId, isoDate, isoDate);
}

/** The same for a run of local dates (special hours): every file in the office on one of them. */
export async function refreshStatsInPeriod(tx: Tx, officeId: string, from: string, to: string): Promise<number> {
  const calendar = await loadCalendar(tx, officeId);
  const { start, end } = periodBounds({ from, to }, calendar.timeZone);
  const touched = await tx.stepStay.findMany({
    where: { officeId, startedAt: { lt: end }, OR: [{ finishedAt: null }, { finishedAt: { gt: start } }] },
    select: { applicationId: true },
    distinct: ["applicationId"],
  });
  const ids = touched.map((t) => t.applicationId);
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
  if (!options.onlyMissing) {
    for (const office of await db.office.findMany({ select: { id: true } })) {
      await db.$transaction((tx) => rebuildMonthlyRollups(tx, office.id), { maxWait: 15_000, timeout: 600_000 });
    }
  }
  return all.length;
}
