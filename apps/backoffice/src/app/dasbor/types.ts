import type { inferRouterOutputs } from "@trpc/server";
import type { BackofficeRouter } from "@perizinan/api/backoffice";
import type { Period } from "@perizinan/domain";

/** How the trend is cut. */
export type Granularity = "week" | "month";

type Dashboard = inferRouterOutputs<BackofficeRouter>["dashboard"];

export type OverviewData = Dashboard["overview"];
export type StepsData = Dashboard["steps"];
export type StepRow = StepsData["steps"][number];
export type RoleRow = StepsData["roles"][number];
export type OfficerRow = Dashboard["officers"][number];
export type TrendRow = Dashboard["trends"][number];
export type OverdueData = Dashboard["overdue"];

/** What every dashboard procedure is asked. */
export interface DashboardQuery {
  period: Period;
  permitTypeId: string | null;
}

/** The filters in the address bar: the query plus how the trend is cut. */
export interface DashboardFilters extends DashboardQuery {
  granularity: Granularity;
}
