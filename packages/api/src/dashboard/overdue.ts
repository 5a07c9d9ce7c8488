import type { Db } from "@perizinan/db";
import { ROLE_LABELS, stateFromJSON, workingMinutesBetween, type Role } from "@perizinan/domain";
import type { DashboardScope } from "./scope";
import { sopsById } from "./sops";

export interface OverdueFile {
  id: string;
  registrationNumber: string | null;
  applicantName: string;
  permitTypeName: string;
  step: number;
  activity: string;
  role: Role;
  roleLabel: string;
  /** Who holds the file now: the assigned team members, or everyone holding the step's role. */
  holders: Array<{ id: string; name: string }>;
  dueAt: Date;
  /** Working minutes past the step's due time. */
  lateMinutes: number;
}

export interface OverdueReport {
  total: number;
  items: OverdueFile[];
}

/** At most this many are listed (the most late first); the total says how many there are. */
const LIST_LIMIT = 200;

export type StaffByRole = Map<Role, Array<{ id: string; name: string }>>;

/** Active staff of the office by role, for naming who holds a file. */
export async function staffByRole(db: Db, officeId: string): Promise<StaffByRole> {
  const users = await db.user.findMany({
    where: { officeId, kind: "STAFF", active: true },
    select: { id: true, name: true, roles: { select: { role: true } } },
    orderBy: { name: "asc" },
  });
  const byRole = new Map<Role, Array<{ id: string; name: string }>>();
  for (const user of users) {
    for (const { role } of user.roles) byRole.set(role, [...(byRole.get(role) ?? []), { id: user.id, name: user.name }]);
  }
  return byRole;
}

/**
 * Files whose current step is past its due time now — regardless of the period: the Kadis acts on
 * what is late today. Due times are stored with the file (kept in step with the calendar).
 */
export async function overdue(db: Db, scope: DashboardScope, known: { staff?: StaffByRole } = {}): Promise<OverdueReport> {
  const where = {
    officeId: scope.officeId,
    status: "IN_PROGRESS" as const,
    stepDueAt: { lt: scope.now },
    ...(scope.permitTypeId ? { permitTypeId: scope.permitTypeId } : {}),
  };
  const [files, staff] = await Promise.all([
    db.application.findMany({
      where,
      select: {
        id: true,
        registrationNumber: true,
        currentStep: true,
        stepDueAt: true,
        state: true,
        sopVersionId: true,
        applicant: { select: { name: true } },
        permitType: { select: { name: true } },
      },
    }),
    known.staff ?? staffByRole(db, scope.officeId),
  ]);
  const names = new Map([...staff.values()].flat().map((u) => [u.id, u.name]));
  const sops = await sopsById(db, files.map((f) => f.sopVersionId));
  const items = files.map((file): OverdueFile => {
    const step = sops.get(file.sopVersionId)?.steps.find((s) => s.no === file.currentStep);
    const role = step?.role ?? "ADMIN";
    const assigned = stateFromJSON(file.state).assignees[role] ?? [];
    const holders = assigned.length > 0 ? assigned.map((id) => ({ id, name: names.get(id) ?? id })) : (staff.get(role) ?? []);
    const dueAt = file.stepDueAt as Date;
    return {
      id: file.id,
      registrationNumber: file.registrationNumber,
      applicantName: file.applicant.name,
      permitTypeName: file.permitType.name,
      step: file.currentStep,
      activity: step?.activity ?? "",
      role,
      roleLabel: ROLE_LABELS[role],
      holders,
      dueAt,
      lateMinutes: workingMinutesBetween(scope.calendar, dueAt, scope.now),
    };
  });
  items.sort((a, b) => b.lateMinutes - a.lateMinutes || a.dueAt.getTime() - b.dueAt.getTime());
  return { total: items.length, items: items.slice(0, LIST_LIMIT) };
}
