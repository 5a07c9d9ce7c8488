"use client";
import { useQuery } from "@tanstack/react-query";
import type { Period, PeriodPreset } from "@perizinan/domain";
import { useTRPC } from "~/trpc/react";
import { CsvLink } from "./csv-link";
import { DashboardFilterBar } from "./dashboard-filters";
import { formatPeriod } from "./format";
import { MonthlyReportLink } from "./monthly-report-link";
import { OfficersSection } from "./officers-section";
import { OverdueSection } from "./overdue-section";
import { OverviewCards } from "./overview-cards";
import { isInputProblem, QueryState } from "./query-state";
import { ReasonsSection } from "./reasons-section";
import { RolesSection } from "./roles-section";
import { DashboardSection } from "./section";
import { StepsSection } from "./steps-section";
import { TrendSection } from "./trend-section";
import { useDashboardFilters } from "./use-dashboard-filters";

/**
 * The Kadis's dashboard: filters in the address bar, then each part with its own query. The
 * queries go out together (one batched request); when the API refuses the filters, that refusal
 * is shown once by the filters instead of in every part.
 */
export function Dashboard({ presets, defaultMonth }: { presets: Record<PeriodPreset, Period>; defaultMonth: string }) {
  const trpc = useTRPC();
  const [filters, setFilters] = useDashboardFilters(presets.MONTH);
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ period: filters.period, permitTypeId: filters.permitTypeId }));
  const problem = overview.isError && isInputProblem(overview.error) ? overview.error : null;
  return (
    <div className="flex flex-col gap-4">
      <DashboardFilterBar filters={filters} presets={presets} problem={problem} onChange={setFilters} />
      {problem ? null : (
        <>
          <DashboardSection
            title="Ringkasan"
            description={`Periode ${formatPeriod(filters.period)}.`}
            actions={<CsvLink table="ringkasan" filters={filters} />}
            testId="section-overview"
          >
            <QueryState query={overview} label="ringkasan">
              {(data) => <OverviewCards data={data} />}
            </QueryState>
            <MonthlyReportLink defaultMonth={defaultMonth} permitTypeId={filters.permitTypeId} />
          </DashboardSection>
          <TrendSection filters={filters} />
          <StepsSection filters={filters} />
          <RolesSection filters={filters} />
          <OfficersSection filters={filters} />
          <ReasonsSection filters={filters} />
          <OverdueSection filters={filters} />
        </>
      )}
    </div>
  );
}
