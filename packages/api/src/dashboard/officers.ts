import type { Db } from "@perizinan/db";
import { ROLE_LABELS, type Role } from "@perizinan/domain";
import { overdue, staffByRole, type OverdueReport } from "./overdue";
import { filesHandled, timings } from "./histogram";
import type { DashboardScope } from "./scope";

export interface OfficerFigures {
  id: string;
  name: string;
  roles: string[];
  /** Files this officer finished a step of in the period, and how many steps. */
  files: number;
  stays: number;
  medianMinutes: number | null;
  onTimeShare: number | null;
  /** Files late now at a step this officer holds. */
  overdueNow: number;
}

/** Per officer: who moved how many files, how fast, and who holds the late ones now. */
export async function officers(db: Db, scope: DashboardScope, known: { overdue?: OverdueReport } = {}): Promise<OfficerFigures[]> {
  const { officeId } = scope;
  // The office's staff is read once: for names here, and for who holds each late file.
  const staffQuery = staffByRole(db, officeId);
  const [measured, handled, staff, late] = await Promise.all([
    timings(db, scope, "actor"),
    filesHandled(db, scope),
    staffQuery,
    known.overdue ?? staffQuery.then((s) => overdue(db, scope, { staff: s })),
  ]);
  const people = new Map<string, { name: string; roles: Role[] }>();
  for (const [role, users] of staff) {
    for (const u of users) {
      const person = people.get(u.id) ?? { name: u.name, roles: [] };
      person.roles.push(role);
      people.set(u.id, person);
    }
  }
  const overdueCount = new Map<string, number>();
  for (const file of late.items) for (const h of file.holders) overdueCount.set(h.id, (overdueCount.get(h.id) ?? 0) + 1);

  const ids = new Set([...measured.keys(), ...overdueCount.keys()]);
  // Officers no longer active still answer for what they did in the period.
  const missing = [...ids].filter((id) => !people.has(id));
  if (missing.length > 0) {
    for (const u of await db.user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true, roles: { select: { role: true } } } })) {
      people.set(u.id, { name: u.name, roles: u.roles.map((r) => r.role) });
    }
  }
  return [...ids]
    .map((id): OfficerFigures => {
      const timing = measured.get(id);
      const person = people.get(id);
      return {
        id,
        name: person?.name ?? id,
        roles: (person?.roles ?? []).map((r) => ROLE_LABELS[r]),
        files: handled.get(id) ?? 0,
        stays: timing?.stays ?? 0,
        medianMinutes: timing?.medianMinutes ?? null,
        onTimeShare: timing?.onTimeShare ?? null,
        overdueNow: overdueCount.get(id) ?? 0,
      };
    })
    .sort((a, b) => b.overdueNow - a.overdueNow || b.files - a.files || a.name.localeCompare(b.name, "id"));
}
