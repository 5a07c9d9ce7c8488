"use client";
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useTRPC } from "~/trpc/react";
import { CsvLink } from "./csv-link";
import { formatBucket, formatNumber, formatPercent } from "./format";
import { Loading, QueryState } from "./query-state";
import { DashboardSection } from "./section";
import { TableFrame, num, td, th } from "./table-frame";
import type { DashboardFilters, Granularity, TrendRow } from "./types";

// Charts measure the browser's layout; they are drawn there only.
const TrendChart = dynamic(() => import("./trend-chart").then((m) => m.TrendChart), { ssr: false, loading: () => <Loading label="grafik" height="h-80" /> });

export function TrendSection({ filters }: { filters: DashboardFilters }) {
  const trpc = useTRPC();
  const { period, permitTypeId, granularity } = filters;
  const trends = useQuery(trpc.dashboard.trends.queryOptions({ period, permitTypeId, granularity }));
  return (
    <DashboardSection
      title="Tren"
      description={granularity === "month" ? "Per bulan." : "Per minggu (Senin–Minggu)."}
      actions={<CsvLink table="tren" filters={filters} />}
      testId="section-trend"
    >
      <QueryState query={trends} label="tren">
        {(rows) => (
          <>
            <TrendChart rows={rows} granularity={granularity} />
            <TrendTable rows={rows} granularity={granularity} />
          </>
        )}
      </QueryState>
    </DashboardSection>
  );
}

function TrendTable({ rows, granularity }: { rows: TrendRow[]; granularity: Granularity }) {
  return (
    <TableFrame caption={`Tren ${granularity === "month" ? "per bulan" : "per minggu"}: berkas diterima, selesai, dan selesai sesuai standar`} testId="trend-table">
      <thead>
        <tr>
          <th scope="col" className={th}>Periode</th>
          <th scope="col" className={`${th} ${num}`}>Diterima</th>
          <th scope="col" className={`${th} ${num}`}>Selesai</th>
          <th scope="col" className={`${th} ${num}`}>Sesuai standar</th>
          <th scope="col" className={`${th} ${num}`}>Sesuai standar (%)</th>
          <th scope="col" className={`${th} ${num}`}>Dikembalikan</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.bucket}>
            <th scope="row" className={`${td} font-normal`}>{formatBucket(r.bucket, granularity)}</th>
            <td className={`${td} ${num}`}>{formatNumber(r.received)}</td>
            <td className={`${td} ${num}`}>{formatNumber(r.completed)}</td>
            <td className={`${td} ${num}`}>{formatNumber(r.withinStandard)}</td>
            <td className={`${td} ${num}`}>{formatPercent(r.onTimeShare)}</td>
            <td className={`${td} ${num}`}>{formatNumber(r.returned)}</td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
