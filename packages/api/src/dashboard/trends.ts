import { Prisma, type Db } from "@perizinan/db";
import type { DashboardScope } from "./scope";
import { num, permitFilter, share } from "./sql";

export type Granularity = "week" | "month";

export interface TrendPoint {
  /** First local day of the week (Monday) or month, "YYYY-MM-DD". */
  bucket: string;
  received: number;
  completed: number;
  withinStandard: number;
  onTimeShare: number | null;
  returned: number;
}

const DAY_MS = 86_400_000;

/** Every bucket the period touches, so that quiet weeks show as zero rather than vanish. */
export function bucketsOf(from: string, to: string, granularity: Granularity): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`);
  const cursor =
    granularity === "month"
      ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1))
      : new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * DAY_MS);
  const buckets: string[] = [];
  while (cursor <= last) {
    buckets.push(cursor.toISOString().slice(0, 10));
    if (granularity === "month") cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    else cursor.setTime(cursor.getTime() + 7 * DAY_MS);
  }
  return buckets;
}

/** Received, completed and on-time share per week or month of the period, in the office's time zone. */
export async function trends(db: Db, scope: DashboardScope, granularity: Granularity): Promise<TrendPoint[]> {
  const { officeId, start, end, timeZone } = scope;
  const unit = Prisma.raw(granularity === "month" ? "'month'" : "'week'");
  // Timestamps are stored as UTC wall time; read them on the office's clock before cutting into weeks.
  const local = (column: string) => Prisma.sql`date_trunc(${unit}, (${Prisma.raw(`"${column}"`)} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date::text`;
  const [received, completed, returned] = await Promise.all([
    db.$queryRaw<Array<{ bucket: string; n: bigint }>>`
      SELECT ${local("submittedAt")} AS bucket, count(*) AS n FROM "FileSummary"
      WHERE "officeId" = ${officeId} AND "submittedAt" >= ${start} AND "submittedAt" < ${end} ${permitFilter(scope)}
      GROUP BY 1`,
    db.$queryRaw<Array<{ bucket: string; n: bigint; within: bigint }>>`
      SELECT ${local("closedAt")} AS bucket, count(*) AS n, count(*) FILTER (WHERE "withinStandard") AS within FROM "FileSummary"
      WHERE "officeId" = ${officeId} AND "closedAt" >= ${start} AND "closedAt" < ${end} AND "outcome" IN ('ISSUED', 'REJECTED') ${permitFilter(scope)}
      GROUP BY 1`,
    db.$queryRaw<Array<{ bucket: string; n: bigint }>>`
      SELECT ${local("finishedAt")} AS bucket, count(DISTINCT "applicationId") AS n FROM "StepStay"
      WHERE "officeId" = ${officeId} AND "finishedAt" >= ${start} AND "finishedAt" < ${end} AND "endedBy" = 'RETURN' ${permitFilter(scope)}
      GROUP BY 1`,
  ]);
  const at = <T extends { bucket: string }>(rows: T[], bucket: string): T | undefined => rows.find((r) => r.bucket === bucket);
  return bucketsOf(scope.period.from, scope.period.to, granularity).map((bucket) => {
    const done = at(completed, bucket);
    const completedCount = num(done?.n);
    const within = num(done?.within);
    return {
      bucket,
      received: num(at(received, bucket)?.n),
      completed: completedCount,
      withinStandard: within,
      onTimeShare: share(within, completedCount),
      returned: num(at(returned, bucket)?.n),
    };
  });
}
