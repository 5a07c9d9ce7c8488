import { Prisma, type Db } from "@perizinan/db";
import { periodBounds } from "@perizinan/domain";
import type { DashboardScope } from "./scope";
import { num, numOrNull, permitFilter } from "./sql";

/**
 * A period read as whole office-local months (served by the StayMonth/ActorFileMonth histograms)
 * plus the days at either edge that do not fill a month (served by StepStay rows).
 */
export interface PeriodSplit {
  months: string[];
  edges: Array<{ start: Date; end: Date }>;
}

export function splitPeriod(scope: Pick<DashboardScope, "period" | "timeZone" | "start" | "end">): PeriodSplit {
  const { from, to } = scope.period;
  const months: string[] = [];
  let cursor = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`);
  while (cursor <= last) {
    const first = cursor.toISOString().slice(0, 10);
    const next = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1));
    const lastDay = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
    if (first >= from && lastDay <= to) months.push(first.slice(0, 7));
    cursor = next;
  }
  if (months.length === 0) return { months, edges: [{ start: scope.start, end: scope.end }] };
  const firstFull = periodBounds({ from: `${months[0]}-01`, to: `${months[0]}-01` }, scope.timeZone).start;
  const afterLast = (() => {
    const [y, m] = (months.at(-1) as string).split("-").map(Number) as [number, number];
    const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    return periodBounds({ from: next, to: next }, scope.timeZone).start;
  })();
  const edges = [
    { start: scope.start, end: firstFull },
    { start: afterLast, end: scope.end },
  ].filter((e) => e.end > e.start);
  return { months, edges };
}

function inEdges(split: PeriodSplit): Prisma.Sql {
  if (split.edges.length === 0) return Prisma.sql`false`;
  return Prisma.join(
    split.edges.map((e) => Prisma.sql`("finishedAt" >= ${e.start} AND "finishedAt" < ${e.end})`),
    " OR ",
  );
}

export type TimingKey = "step" | "role" | "actor";
const KEYS: Record<TimingKey, Prisma.Sql> = {
  step: Prisma.sql`"permitTypeId" || ':' || "stepNo"`,
  role: Prisma.sql`"role"::text`,
  actor: Prisma.sql`"actorId"`,
};

export interface Timing {
  stays: number;
  onTimeShare: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

type Row = { key: string; stays: unknown; ok: unknown; lo50: unknown; hi50: unknown; lo90: unknown; hi90: unknown };

/** percentile_cont's interpolation between the values at ranks floor(r) and ceil(r), r = p·(n−1). */
function interpolate(p: number, total: number, lo: unknown, hi: unknown): number | null {
  const low = numOrNull(lo);
  const high = numOrNull(hi);
  if (low === null || high === null) return null;
  const rank = p * (total - 1);
  return low + (high - low) * (rank - Math.floor(rank));
}

/**
 * Counted stays of the period by step, role or officer: how many, the share on time, and the exact
 * median and 90th percentile of their working minutes — read from a weighted histogram (minutes →
 * number of stays) merged from the monthly rollup and the edge days' raw rows. The rank arithmetic
 * is percentile_cont's, so the figures equal percentile_cont over the individual stays.
 */
export async function timings(db: Db, scope: DashboardScope, key: TimingKey): Promise<Map<string, Timing>> {
  const split = splitPeriod(scope);
  const k = KEYS[key];
  const rows = await db.$queryRaw<Row[]>`
    WITH parts AS (
      SELECT ${k} AS key, "workingMinutes" AS m, count(*)::bigint AS n, count(*) FILTER (WHERE "onTime")::bigint AS ok
      FROM "StepStay"
      WHERE "officeId" = ${scope.officeId} AND "counted" AND (${inEdges(split)}) ${permitFilter(scope)}
      GROUP BY 1, 2
      UNION ALL
      SELECT ${k}, "workingMinutes", sum("stays")::bigint, sum("onTime")::bigint
      FROM "StayMonth"
      WHERE "officeId" = ${scope.officeId} AND "month" = ANY(${split.months}::text[]) ${permitFilter(scope)}
      GROUP BY 1, 2
    ),
    histogram AS (SELECT key, m, sum(n) AS n, sum(ok) AS ok FROM parts GROUP BY 1, 2 HAVING sum(n) > 0),
    ranked AS (
      SELECT key, m, n, ok, sum(n) OVER (PARTITION BY key ORDER BY m) - n AS before, sum(n) OVER (PARTITION BY key) AS total
      FROM histogram
    )
    SELECT key, max(total) AS stays, sum(ok) AS ok,
      min(m) FILTER (WHERE before + n > floor(0.5 * (total - 1))) AS lo50,
      min(m) FILTER (WHERE before + n > ceil(0.5 * (total - 1))) AS hi50,
      min(m) FILTER (WHERE before + n > floor(0.9 * (total - 1))) AS lo90,
      min(m) FILTER (WHERE before + n > ceil(0.9 * (total - 1))) AS hi90
    FROM ranked
    GROUP BY key`;
  return new Map(
    rows.map((r) => {
      const stays = num(r.stays);
      return [
        r.key,
        {
          stays,
          onTimeShare: stays > 0 ? num(r.ok) / stays : null,
          medianMinutes: interpolate(0.5, stays, r.lo50, r.hi50),
          p90Minutes: interpolate(0.9, stays, r.lo90, r.hi90),
        },
      ];
    }),
  );
}

/**
 * Files each officer handled in the period: each stay counts when the officer's previous stay on the
 * same file lies before the period (or there is none) — that is, once per file and officer.
 */
export async function filesHandled(db: Db, scope: DashboardScope): Promise<Map<string, number>> {
  const split = splitPeriod(scope);
  const rows = await db.$queryRaw<Array<{ actorId: string; files: unknown }>>`
    SELECT "actorId", sum(n) AS files FROM (
      SELECT "actorId", count(*) AS n FROM "StepStay"
      WHERE "officeId" = ${scope.officeId} AND "counted" AND (${inEdges(split)})
        AND ("previousByActorAt" IS NULL OR "previousByActorAt" < ${scope.start}) ${permitFilter(scope)}
      GROUP BY 1
      UNION ALL
      SELECT "actorId", sum("stays") FROM "ActorFileMonth"
      WHERE "officeId" = ${scope.officeId} AND "month" = ANY(${split.months}::text[])
        AND ("previousDay" = '-' OR ("previousDay" <> '=' AND "previousDay" < ${scope.period.from})) ${permitFilter(scope)}
      GROUP BY 1
    ) parts
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.actorId, num(r.files)]));
}
