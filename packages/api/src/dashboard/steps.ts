import { Prisma, type Db } from "@perizinan/db";
import {
  BACKLOG_BUCKETS,
  backlogBucketOf,
  isApplicantStep,
  sopDefinitionSchema,
  workingMinutesBetween,
  type BacklogBucket,
  type Role,
  type SopDefinition,
} from "@perizinan/domain";
import type { DashboardScope } from "./scope";
import { num, numOrNull, permitFilter } from "./sql";

export type Backlog = Record<BacklogBucket, number>;

interface Timing {
  /** Finished stays in the period. */
  stays: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  onTimeShare: number | null;
  /** Files standing there now, by how long against the standard, and the longest wait. */
  backlog: Backlog;
  backlogTotal: number;
  oldestMinutes: number | null;
}

export interface StepFigures extends Timing {
  permitTypeId: string;
  permitTypeName: string;
  stepNo: number;
  activity: string;
  role: Role;
  standardMinutes: number;
  /** The SOP's warning that names this step (its Peringatan: the technical team's steps 6–8), or null. */
  warning: string | null;
}

export interface RoleFigures extends Timing {
  role: Role;
}

export interface StepsReport {
  steps: StepFigures[];
  roles: RoleFigures[];
}

type TimingRow = { key: string; stays: bigint; median: number | null; p90: number | null; onTime: number | null };

const emptyBacklog = (): Backlog => Object.fromEntries(BACKLOG_BUCKETS.map((b) => [b, 0])) as Backlog;

/**
 * Per SOP step and per role: working time of the stays finished in the period against the step's
 * standard, and the files standing there now. The applicant's own steps are not the office's time
 * and are left out; a stay cut short by a withdrawal is no finished step.
 */
export async function steps(db: Db, scope: DashboardScope): Promise<StepsReport> {
  const { officeId, start, end } = scope;
  const finished = Prisma.sql`
    FROM "StepStay"
    WHERE "officeId" = ${officeId} AND "finishedAt" >= ${start} AND "finishedAt" < ${end}
      AND "officeTime" AND "endedBy" <> 'WITHDRAW' ${permitFilter(scope)}`;
  const timing = (key: Prisma.Sql) => Prisma.sql`
    SELECT ${key} AS key, count(*) AS stays,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "workingMinutes") AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY "workingMinutes") AS p90,
      avg(CASE WHEN "onTime" THEN 1.0 ELSE 0.0 END) AS "onTime"
    ${finished}
    GROUP BY 1`;

  const [byStep, byRole, types, open] = await Promise.all([
    db.$queryRaw<TimingRow[]>(timing(Prisma.sql`"permitTypeId" || ':' || "stepNo"`)),
    db.$queryRaw<TimingRow[]>(timing(Prisma.sql`"role"::text`)),
    db.permitType.findMany({
      where: { officeId, ...(scope.permitTypeId ? { id: scope.permitTypeId } : {}) },
      select: { id: true, name: true, sopVersions: { orderBy: { version: "desc" }, take: 1, select: { definition: true } } },
      orderBy: { name: "asc" },
    }),
    db.application.findMany({
      where: { officeId, status: "IN_PROGRESS", ...(scope.permitTypeId ? { permitTypeId: scope.permitTypeId } : {}) },
      select: { permitTypeId: true, currentStep: true, stepStartedAt: true, sopVersionId: true, sopVersion: { select: { definition: true } } },
    }),
  ]);

  // Files standing at a step now, read against their own SOP version's standard.
  const sops = new Map<string, SopDefinition>();
  const backlogs = new Map<string, { backlog: Backlog; total: number; oldest: number }>();
  const note = (key: string, bucket: BacklogBucket, spent: number): void => {
    const entry = backlogs.get(key) ?? { backlog: emptyBacklog(), total: 0, oldest: 0 };
    entry.backlog[bucket] += 1;
    entry.total += 1;
    entry.oldest = Math.max(entry.oldest, spent);
    backlogs.set(key, entry);
  };
  for (const file of open) {
    const sop = sops.get(file.sopVersionId) ?? sopDefinitionSchema.parse(file.sopVersion.definition);
    sops.set(file.sopVersionId, sop);
    const step = sop.steps.find((s) => s.no === file.currentStep);
    if (!step || isApplicantStep(step)) continue;
    const spent = workingMinutesBetween(scope.calendar, file.stepStartedAt, scope.now);
    const bucket = backlogBucketOf(spent, step.standardMinutes);
    note(`${file.permitTypeId}:${step.no}`, bucket, spent);
    note(step.role, bucket, spent);
  }

  const timingOf = (rows: TimingRow[], key: string): Timing => {
    const row = rows.find((r) => r.key === key);
    const waiting = backlogs.get(key);
    return {
      stays: num(row?.stays),
      medianMinutes: numOrNull(row?.median),
      p90Minutes: numOrNull(row?.p90),
      onTimeShare: numOrNull(row?.onTime),
      backlog: waiting?.backlog ?? emptyBacklog(),
      backlogTotal: waiting?.total ?? 0,
      oldestMinutes: waiting ? waiting.oldest : null,
    };
  };

  const stepFigures: StepFigures[] = [];
  const roles = new Set<Role>();
  for (const type of types) {
    const definition = type.sopVersions[0]?.definition;
    if (!definition) continue;
    const sop = sopDefinitionSchema.parse(definition);
    for (const step of sop.steps) {
      if (isApplicantStep(step)) continue;
      roles.add(step.role);
      stepFigures.push({
        permitTypeId: type.id,
        permitTypeName: type.name,
        stepNo: step.no,
        activity: step.activity,
        role: step.role,
        standardMinutes: step.standardMinutes,
        warning: step.markers?.warning ?? null,
        ...timingOf(byStep, `${type.id}:${step.no}`),
      });
    }
  }
  return { steps: stepFigures, roles: [...roles].map((role) => ({ role, ...timingOf(byRole, role) })) };
}
