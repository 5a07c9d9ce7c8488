"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { CsvLink } from "./csv-link";
import { formatNumber } from "./format";
import { QueryState } from "./query-state";
import { DashboardSection } from "./section";
import { TableFrame, num, td, th } from "./table-frame";
import type { DashboardFilters, OverviewData } from "./types";

type Reason = OverviewData["reasons"]["returns"][number];

function ReasonTable({ caption, empty, reasons, testId }: { caption: string; empty: string; reasons: Reason[]; testId: string }) {
  if (reasons.length === 0) {
    return (
      <div className="flex flex-col gap-1">
        <h3 className="text-sm font-semibold">{caption}</h3>
        <p className="text-sm text-gray-700">{empty}</p>
      </div>
    );
  }
  return (
    <TableFrame caption={caption} testId={testId}>
      <thead>
        <tr>
          <th scope="col" className={th}>Alasan</th>
          <th scope="col" className={`${th} ${num}`}>Jumlah</th>
        </tr>
      </thead>
      <tbody>
        {reasons.map((r) => (
          <tr key={r.reason}>
            <td className={`${td} whitespace-normal`}>{r.reason}</td>
            <td className={`${td} ${num}`}>{formatNumber(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

/** The most frequent reasons given when files were returned to the applicant or rejected in the period. */
export function ReasonsSection({ filters }: { filters: DashboardFilters }) {
  const trpc = useTRPC();
  // The reasons come with the overview: the same query as the headline figures, from the cache.
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ period: filters.period, permitTypeId: filters.permitTypeId }));
  return (
    <DashboardSection title="Alasan pengembalian dan penolakan" actions={<CsvLink table="alasan" filters={filters} />} testId="section-reasons">
      <QueryState query={overview} label="alasan">
        {({ reasons }) => (
          <div className="grid gap-4 md:grid-cols-2">
            <ReasonTable caption="Alasan pengembalian terbanyak" empty="Tidak ada pengembalian dalam periode ini." reasons={reasons.returns} testId="return-reasons" />
            <ReasonTable caption="Alasan penolakan terbanyak" empty="Tidak ada penolakan dalam periode ini." reasons={reasons.rejections} testId="rejection-reasons" />
          </div>
        )}
      </QueryState>
    </DashboardSection>
  );
}
