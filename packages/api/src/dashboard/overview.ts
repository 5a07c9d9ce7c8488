import { Prisma, type Db } from "@perizinan/db";
import type { DashboardScope } from "./scope";
import { num, numOrNull, permitFilter, share } from "./sql";

export interface Overview {
  /** Submitted in the period. */
  received: number;
  issued: number;
  rejected: number;
  withdrawn: number;
  /** Still open (in the office or with the applicant) at the end of the period. */
  inProgress: number;
  /** Files returned to the applicant in the period, and how many returns that was. */
  returnedFiles: number;
  returns: number;
  /** Of the files received in the period, the share returned at least once. */
  returnedRate: number | null;
  /** Issued or rejected in the period within the office's standard, and its share. */
  withinStandard: number;
  withinStandardShare: number | null;
  /** Office working minutes, submission to completion, of files completed in the period. */
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** The standard those files were held to (median over the files). */
  standardMinutes: number | null;
  reasons: { returns: ReasonCount[]; rejections: ReasonCount[] };
}

export interface ReasonCount {
  reason: string;
  count: number;
}

const TOP_REASONS = 10;

export async function overview(db: Db, scope: DashboardScope): Promise<Overview> {
  const { officeId, start, end } = scope;
  const inPeriod = (column: string) => Prisma.sql`${Prisma.raw(`"${column}"`)} >= ${start} AND ${Prisma.raw(`"${column}"`)} < ${end}`;
  const completedInPeriod = Prisma.sql`${inPeriod("closedAt")} AND "outcome" IN ('ISSUED', 'REJECTED')`;

  const inStays = Prisma.sql`"officeId" = ${officeId} AND "endedBy" IN ('RETURN', 'REJECT') AND "finishedAt" >= ${start} AND "finishedAt" < ${end} ${permitFilter(scope)}`;
  const [[files], ended, reasons] = await Promise.all([
    db.$queryRaw<Array<Record<string, unknown>>>`
    SELECT
      count(*) FILTER (WHERE ${inPeriod("submittedAt")}) AS received,
      count(*) FILTER (WHERE ${inPeriod("submittedAt")} AND "returnCount" > 0) AS "receivedReturned",
      count(*) FILTER (WHERE ${inPeriod("closedAt")} AND "outcome" = 'ISSUED') AS issued,
      count(*) FILTER (WHERE ${inPeriod("closedAt")} AND "outcome" = 'REJECTED') AS rejected,
      count(*) FILTER (WHERE ${inPeriod("closedAt")} AND "outcome" = 'WITHDRAWN') AS withdrawn,
      count(*) FILTER (WHERE "submittedAt" < ${end} AND ("closedAt" IS NULL OR "closedAt" >= ${end})) AS "inProgress",
      count(*) FILTER (WHERE ${completedInPeriod} AND "withinStandard") AS "withinStandard",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "officeMinutes") FILTER (WHERE ${completedInPeriod}) AS "medianMinutes",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY "officeMinutes") FILTER (WHERE ${completedInPeriod}) AS "p90Minutes",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "officeStandardMinutes") FILTER (WHERE ${completedInPeriod}) AS "standardMinutes"
    FROM "FileSummary"
    WHERE "officeId" = ${officeId} AND "submittedAt" < ${end} ${permitFilter(scope)}`,
    // Returns and rejections are the stays they ended, with the reasons given (a stay may carry several).
    db.$queryRaw<Array<{ endedBy: string; count: bigint; files: bigint }>>`
      SELECT "endedBy", count(*) AS count, count(DISTINCT "applicationId") AS files FROM "StepStay" WHERE ${inStays} GROUP BY 1`,
    db.$queryRaw<Array<{ endedBy: string; reason: string; count: bigint }>>`
      SELECT "endedBy", reason, count(*) AS count FROM "StepStay", unnest(reasons) AS reason WHERE ${inStays} GROUP BY 1, 2`,
  ]);

  const returnsTotal = ended.find((r) => r.endedBy === "RETURN");
  const top = (action: string): ReasonCount[] =>
    reasons
      .filter((r) => r.endedBy === action)
      .map((r) => ({ reason: r.reason, count: num(r.count) }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, "id"))
      .slice(0, TOP_REASONS);

  const f = files ?? {};
  const issued = num(f.issued);
  const rejected = num(f.rejected);
  const received = num(f.received);
  const withinStandard = num(f.withinStandard);
  return {
    received,
    issued,
    rejected,
    withdrawn: num(f.withdrawn),
    inProgress: num(f.inProgress),
    returnedFiles: num(returnsTotal?.files),
    returns: num(returnsTotal?.count),
    returnedRate: share(num(f.receivedReturned), received),
    withinStandard,
    withinStandardShare: share(withinStandard, issued + rejected),
    medianMinutes: numOrNull(f.medianMinutes),
    p90Minutes: numOrNull(f.p90Minutes),
    standardMinutes: numOrNull(f.standardMinutes),
    reasons: { returns: top("RETURN"), rejections: top("REJECT") },
  };
}
