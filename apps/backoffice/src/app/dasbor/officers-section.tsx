"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { CsvLink } from "./csv-link";
import { formatMinutes, formatNumber, formatPercent, NONE } from "./format";
import { QueryState } from "./query-state";
import { DashboardSection } from "./section";
import { TableFrame, num, td, th } from "./table-frame";
import type { DashboardFilters } from "./types";

/** Who moved how many files, how fast, and who holds late files now — in the order the API ranks them. */
export function OfficersSection({ filters }: { filters: DashboardFilters }) {
  const trpc = useTRPC();
  const officers = useQuery(trpc.dashboard.officers.queryOptions({ period: filters.period, permitTypeId: filters.permitTypeId }));
  return (
    <DashboardSection
      title="Per pegawai"
      description="Berkas yang langkahnya diselesaikan pegawai dalam periode; “Terlambat sekarang” menghitung berkas terlambat yang sedang dipegangnya."
      actions={<CsvLink table="pegawai" filters={filters} />}
      testId="section-officers"
    >
      <QueryState query={officers} label="per pegawai">
        {(rows) =>
          rows.length === 0 ? (
            <p>Belum ada pegawai yang menyelesaikan langkah dalam periode ini.</p>
          ) : (
            <TableFrame caption="Kinerja per pegawai" testId="officers-table">
              <thead>
                <tr>
                  <th scope="col" className={th}>Nama</th>
                  <th scope="col" className={th}>Peran</th>
                  <th scope="col" className={`${th} ${num}`}>Berkas ditangani</th>
                  <th scope="col" className={`${th} ${num}`}>Median</th>
                  <th scope="col" className={`${th} ${num}`}>Tepat waktu</th>
                  <th scope="col" className={`${th} ${num}`}>Terlambat sekarang</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((o) => (
                  <tr key={o.id}>
                    <th scope="row" className={`${td} font-normal`}>{o.name}</th>
                    <td className={`${td} whitespace-normal`}>{o.roles.length > 0 ? o.roles.join(", ") : NONE}</td>
                    <td className={`${td} ${num}`}>{formatNumber(o.files)}</td>
                    <td className={`${td} ${num}`}>{formatMinutes(o.medianMinutes)}</td>
                    <td className={`${td} ${num}`}>{formatPercent(o.onTimeShare)}</td>
                    <td className={`${td} ${num} ${o.overdueNow > 0 ? "font-semibold text-red-800" : ""}`}>{formatNumber(o.overdueNow)}</td>
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
