import type { Db } from "@perizinan/db";
import { officers, type OfficerFigures } from "./officers";
import { overdue, type OverdueReport } from "./overdue";
import { overview, type Overview } from "./overview";
import type { DashboardScope } from "./scope";
import { steps, type StepsReport } from "./steps";
import { trends, type Granularity, type TrendPoint } from "./trends";

/** Every figure of the dashboard for one scope: what the CSV export and the monthly PDF are made of. */
export interface DashboardReport {
  overview: Overview;
  steps: StepsReport;
  officers: OfficerFigures[];
  trends: TrendPoint[];
  granularity: Granularity;
  overdue: OverdueReport;
}

export async function dashboardReport(db: Db, scope: DashboardScope, granularity: Granularity): Promise<DashboardReport> {
  const late = await overdue(db, scope);
  const [o, s, people, points] = await Promise.all([
    overview(db, scope),
    steps(db, scope),
    officers(db, scope, { overdue: late }),
    trends(db, scope, granularity),
  ]);
  return { overview: o, steps: s, officers: people, trends: points, granularity, overdue: late };
}
