"use client";
import { useQuery } from "@tanstack/react-query";
import { ROLE_LABELS } from "@perizinan/domain";
import { useTRPC } from "~/trpc/react";
import { BacklogCells, BacklogColumnHeaders, BacklogGroupHeader } from "./backlog-cells";
import { CsvLink } from "./csv-link";
import { formatNumber } from "./format";
import { QueryState } from "./query-state";
import { DashboardSection } from "./section";
import { TimingCells } from "./timing-cells";
import { TableFrame, num, td, th } from "./table-frame";
import type { DashboardFilters } from "./types";

/** The same figures as per step, gathered by the role that does the steps. */
export function RolesSection({ filters }: { filters: DashboardFilters }) {
  const trpc = useTRPC();
  // The same query as the steps section: answered once, from the cache.
  const steps = useQuery(trpc.dashboard.steps.queryOptions({ period: filters.period, permitTypeId: filters.permitTypeId }));
  return (
    <DashboardSection title="Per peran" actions={<CsvLink table="peran" filters={filters} />} testId="section-roles">
      <QueryState query={steps} label="per peran">
        {({ roles }) =>
          roles.length === 0 ? (
            <p>Tidak ada data.</p>
          ) : (
            <TableFrame caption="Waktu langkah per peran dan berkas yang sedang ditangani tiap peran" testId="roles-table">
              <thead>
                <tr>
                  <th scope="col" rowSpan={2} className={th}>Peran</th>
                  <th scope="col" rowSpan={2} className={`${th} ${num}`}>Langkah selesai</th>
                  <th scope="col" rowSpan={2} className={`${th} ${num}`}>Median</th>
                  <th scope="col" rowSpan={2} className={`${th} ${num}`}>P90</th>
                  <th scope="col" rowSpan={2} className={`${th} ${num}`}>Tepat waktu</th>
                  <BacklogGroupHeader label="Sedang ditangani" />
                </tr>
                <tr>
                  <BacklogColumnHeaders />
                </tr>
              </thead>
              <tbody>
                {roles.map((r) => (
                  <tr key={r.role}>
                    <th scope="row" className={`${td} font-normal`}>{ROLE_LABELS[r.role]}</th>
                    <td className={`${td} ${num}`}>{formatNumber(r.stays)}</td>
                    <TimingCells figures={r} />
                    <BacklogCells figures={r} />
                  </tr>
                ))}
              </tbody>
            </TableFrame>
          )
        }
      </QueryState>
    </DashboardSection>
  );
}
