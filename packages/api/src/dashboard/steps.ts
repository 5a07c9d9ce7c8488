import type { Db } from "@perizinan/db";
import {
  BACKLOG_BUCKETS,
  backlogBucketOf,
  isApplicantStep,
  sopDefinitionSchema,
  workingMinutesBetween,
  type BacklogBucket,
  type Role,
} from "@perizinan/domain";
import { timings, type Timing } from "./histogram";
import type { DashboardScope } from "./scope";
import { sopsById } from "./sops";

export type Backlog = Record<BacklogBucket, number>;

interface StandingTiming extends Timing {
  /** Files standing there now, by how long against the standard, and the longest wait. */
  backlog: Backlog;
  backlogTotal: number;
  oldestMinutes: number | null;
}

export interface StepFigures extends StandingTiming {
  permitTypeId: string;
  permitTypeName: string;
  stepNo: number;
  activity: string;
  role: Role;
  standardMinutes: number;
  /** The SOP's warning that names this step (its Peringatan: the technical team's steps 6–8), or null. */
  warning: string | null;
}

export interface RoleFigures extends StandingTiming {
  role: Role;
}

export interface StepsReport {
  steps: StepFigures[];
  roles: RoleFigures[];
}

const emptyBacklog = (): Backlog => Object.fromEntries(BACKLOG_BUCKETS.map((b) => [b, 0])) as Backlog;

/**
 * Per SOP step and per role: working time of the stays finished in the period against the step's
 * standard, and the files standing there now. The applicant's own steps are not the office's time
 * and are left out; a stay cut short by a withdrawal is no finished step.
 */
export async function steps(db: Db, scope: DashboardScope): Promise<StepsReport> {
  const { officeId } = scope;
  const [byStep, byRole, types, open] = await Promise.all([
    timings(db, scope, "step"),
    timings(db, scope, "role"),
    db.permitType.findMany({
      where: { officeId, ...(scope.permitTypeId ? { id: scope.permitTypeId } : {}) },
      select: { id: true, name: true, sopVersions: { orderBy: { version: "desc" }, take: 1, select: { definition: true } } },
      orderBy: { name: "asc" },
    }),
    db.application.findMany({
      where: { officeId, status: "IN_PROGRESS", stepStartedAt: { lte: scope.now }, ...(scope.permitTypeId ? { permitTypeId: scope.permitTypeId } : {}) },
      select: { permitTypeId: true, currentStep: true, stepStartedAt: true, sopVersionId: true },
    }),
  ]);
  const sops = await sopsById(db, open.map((f) => f.sopVersionId));

  // Files standing at a step now, read against their own SOP version's standard.
  const backlogs = new Map<string, { backlog: Backlog; total: number; oldest: number }>();
  const note = (key: string, bucket: BacklogBucket, spent: number): void => {
    const entry = backlogs.get(key) ?? { backlog: emptyBacklog(), total: 0, oldest: 0 };
    entry.backlog[bucket] += 1;
    entry.total += 1;
    entry.oldest = Math.max(entry.oldest, spent);
    backlogs.set(key, entry);
  };
  for (const file of open) {
    const step = sops.get(file.sopVersionId)?.steps.find((s) => s.no === file.currentStep);
    if (!step || isApplicantStep(step)) continue;
    const spent = workingMinutesBetween(scope.calendar, file.stepStartedAt, scope.now);
    const bucket = backlogBucketOf(spent, step.standardMinutes);
    note(`${file.permitTypeId}:${step.no}`, bucket, spent);
    note(step.role, bucket, spent);
  }

  const timingOf = (measured: Map<string, Timing>, key: string): StandingTiming => {
    const timing = measured.get(key);
    const waiting = backlogs.get(key);
    return {
      stays: timing?.stays ?? 0,
      medianMinutes: timing?.medianMinutes ?? null,
      p90Minutes: timing?.p90Minutes ?? null,
      onTimeShare: timing?.onTimeShare ?? null,
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
