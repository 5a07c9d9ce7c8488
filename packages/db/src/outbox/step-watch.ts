import type { Db } from "../client";
import { Prisma, type Role } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** An open file whose current step the clock must look at now. */
export interface WatchedStep {
  applicationId: string;
  officeId: string;
  permitTypeId: string;
  permitTypeVersionId: string;
  sopVersionId: string;
  registrationNumber: string | null;
  applicantName: string;
  step: number;
  stepStartedAt: Date;
  stepAtRiskAt: Date;
  stepDueAt: Date;
  restrictedRoles: Role[];
  assignees: string[];
  /** The stage already told on this visit (0 when the visit is new). */
  told: number;
}

/**
 * Files whose step visit is due a look: past its at-risk moment and either never looked at on
 * this visit (a new step, or the same step entered again, starts from nothing) or at the moment
 * the last look named. `FOR UPDATE SKIP LOCKED` lets two workers sweep at once without taking
 * the same file; the lock holds until the caller's transaction ends.
 */
export async function stepsDueALook(tx: Tx, now: Date, limit: number): Promise<WatchedStep[]> {
  const rows = await tx.$queryRaw<Array<Omit<WatchedStep, "told"> & { told: number | null }>>`
    SELECT a.id AS "applicationId", a."officeId", a."permitTypeId", a."permitTypeVersionId", a."sopVersionId",
           a."registrationNumber", u.name AS "applicantName", a."currentStep" AS step, a."stepStartedAt",
           a."stepAtRiskAt", a."stepDueAt", a."restrictedRoles"::text[] AS "restrictedRoles", a.assignees,
           CASE WHEN w.step = a."currentStep" AND w."stepStartedAt" = a."stepStartedAt" THEN w.stage END AS told
      FROM "Application" a
      JOIN "User" u ON u.id = a."applicantId"
      LEFT JOIN "StepWatch" w ON w."applicationId" = a.id
     WHERE a.status = 'IN_PROGRESS'
       AND a."stepAtRiskAt" <= ${now}
       AND a."stepDueAt" IS NOT NULL
       AND (w."applicationId" IS NULL
            OR w.step <> a."currentStep"
            OR w."stepStartedAt" <> a."stepStartedAt"
            OR w."nextAt" <= ${now})
     ORDER BY a."stepAtRiskAt"
     LIMIT ${limit}
       FOR UPDATE OF a SKIP LOCKED`;
  return rows.map((r) => ({ ...r, told: r.told ?? 0 }));
}

/** What the clock told on a visit, kept so that the next look tells only what is new. */
export async function saveStepWatch(
  tx: Tx,
  w: { applicationId: string; officeId: string; step: number; stepStartedAt: Date; stage: number; nextAt: Date | null; escalatedTo: Role[] },
): Promise<void> {
  const data = { officeId: w.officeId, step: w.step, stepStartedAt: w.stepStartedAt, stage: w.stage, nextAt: w.nextAt, escalatedTo: w.escalatedTo };
  await tx.stepWatch.upsert({ where: { applicationId: w.applicationId }, create: { applicationId: w.applicationId, ...data }, update: data });
}

/** Whether any message of this digest was already written (its keys start with the digest's source). */
export async function digestWritten(db: Db | Tx, source: string): Promise<boolean> {
  return (await db.notification.count({ where: { idempotencyKey: { startsWith: `${source}|` } }, take: 1 })) > 0;
}

/**
 * One page of the files escalated to any of `roles` on the step they are at now ("Terlambat di
 * bawah saya"): the watch must be of the current visit — a file that moved on since is no longer
 * late under anyone until the clock says so again. Worst first (earliest due).
 */
export async function lateUnder(db: Db, officeId: string, roles: readonly Role[], page: { skip: number; take: number }): Promise<{ ids: string[]; total: number }> {
  if (roles.length === 0) return { ids: [], total: 0 };
  const where = Prisma.sql`
      FROM "Application" a
      JOIN "StepWatch" w ON w."applicationId" = a.id
     WHERE a."officeId" = ${officeId}
       AND a.status = 'IN_PROGRESS'
       AND w.step = a."currentStep"
       AND w."stepStartedAt" = a."stepStartedAt"
       AND w."escalatedTo" && ${[...roles]}::"Role"[]`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<Array<{ id: string }>>`SELECT a.id ${where} ORDER BY a."stepDueAt", a.id LIMIT ${page.take} OFFSET ${page.skip}`,
    db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n ${where}`,
  ]);
  return { ids: rows.map((r) => r.id), total: count[0]?.n ?? 0 };
}
