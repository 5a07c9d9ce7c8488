import { Prisma, type Db } from "@perizinan/db";
import { ROLE_LABELS, type Role } from "@perizinan/domain";
import { overdue, staffByRole } from "./overdue";
import type { DashboardScope } from "./scope";
import { num, numOrNull, permitFilter } from "./sql";

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
export async function officers(db: Db, scope: DashboardScope): Promise<OfficerFigures[]> {
  const { officeId, start, end } = scope;
  const [rows, staff, late] = await Promise.all([
    db.$queryRaw<Array<{ actorId: string; files: bigint; stays: bigint; median: number | null; onTime: number | null }>>(Prisma.sql`
      SELECT "actorId", count(DISTINCT "applicationId") AS files, count(*) AS stays,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY "workingMinutes") AS median,
        avg(CASE WHEN "onTime" THEN 1.0 ELSE 0.0 END) AS "onTime"
      FROM "StepStay"
      WHERE "officeId" = ${officeId} AND "finishedAt" >= ${start} AND "finishedAt" < ${end}
        AND "officeTime" AND "endedBy" <> 'WITHDRAW' ${permitFilter(scope)}
      GROUP BY "actorId"`),
    staffByRole(db, officeId),
    overdue(db, { ...scope }),
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

  const ids = new Set([...rows.map((r) => r.actorId), ...overdueCount.keys()]);
  // Officers no longer active still answer for what they did in the period.
  const missing = [...ids].filter((id) => !people.has(id));
  if (missing.length > 0) {
    for (const u of await db.user.findMany({ where: { id: { in: missing } }, select: { id: true, name: true, roles: { select: { role: true } } } })) {
      people.set(u.id, { name: u.name, roles: u.roles.map((r) => r.role) });
    }
  }
  return [...ids]
    .map((id): OfficerFigures => {
      const row = rows.find((r) => r.actorId === id);
      const person = people.get(id);
      return {
        id,
        name: person?.name ?? id,
        roles: (person?.roles ?? []).map((r) => ROLE_LABELS[r]),
        files: num(row?.files),
        stays: num(row?.stays),
        medianMinutes: numOrNull(row?.median),
        onTimeShare: numOrNull(row?.onTime),
        overdueNow: overdueCount.get(id) ?? 0,
      };
    })
    .sort((a, b) => b.overdueNow - a.overdueNow || b.files - a.files || a.name.localeCompare(b.name, "id"));
}
