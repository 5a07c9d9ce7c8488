"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useOfficeClock } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { CsvLink } from "./csv-link";
import { formatMinutes, formatNumber, NONE } from "./format";
import { QueryState } from "./query-state";
import { DashboardSection } from "./section";
import { TableFrame, td, th } from "./table-frame";
import type { DashboardFilters } from "./types";

/** Files past their current step's due time now — whatever the period — the latest first. */
export function OverdueSection({ filters }: { filters: DashboardFilters }) {
  const { dateTime } = useOfficeClock();
  const trpc = useTRPC();
  const overdue = useQuery(trpc.dashboard.overdue.queryOptions({ period: filters.period, permitTypeId: filters.permitTypeId }));
  return (
    <DashboardSection
      title="Berkas terlambat saat ini"
      description="Berkas yang sekarang melewati batas waktu langkahnya, tidak bergantung pada periode yang dipilih. Keterlambatan dihitung dalam waktu kerja."
      actions={<CsvLink table="terlambat" filters={filters} />}
      testId="section-overdue"
    >
      <QueryState query={overdue} label="berkas terlambat">
        {({ total, items }) =>
          items.length === 0 ? (
            <p data-testid="overdue-empty">Tidak ada berkas yang terlambat saat ini.</p>
          ) : (
            <>
              <p className="text-sm" data-testid="overdue-total">
                {items.length < total
                  ? `Menampilkan ${formatNumber(items.length)} dari ${formatNumber(total)} berkas terlambat (yang paling lama terlambat lebih dulu).`
                  : `${formatNumber(total)} berkas terlambat.`}
              </p>
              <TableFrame caption="Berkas yang melewati batas waktu langkahnya saat ini" testId="overdue-table">
                <thead>
                  <tr>
                    <th scope="col" className={th}>Nomor registrasi</th>
                    <th scope="col" className={th}>Pemohon</th>
                    <th scope="col" className={th}>Langkah</th>
                    <th scope="col" className={th}>Dipegang oleh</th>
                    <th scope="col" className={th}>Keterlambatan</th>
                    <th scope="col" className={th}>Batas waktu</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((f) => (
                    <tr key={f.id}>
                      <th scope="row" className={`${td} font-mono font-normal`}>
                        <Link href={`/berkas/${f.id}`} className="text-brand-700 underline">
                          {f.registrationNumber ?? "(tanpa nomor)"}
                        </Link>
                      </th>
                      <td className={`${td} whitespace-normal`}>
                        {f.applicantName}
                        <br />
                        <span className="text-gray-700">{f.permitTypeName}</span>
                      </td>
                      <td className={`${td} min-w-48 whitespace-normal`}>
                        {f.step}. {f.activity}
                        <br />
                        <span className="text-gray-700">{f.roleLabel}</span>
                      </td>
                      <td className={`${td} whitespace-normal`}>{f.holders.length > 0 ? f.holders.map((h) => h.name).join(", ") : NONE}</td>
                      <td className={`${td} font-semibold text-red-800`}>terlambat {formatMinutes(f.lateMinutes)}</td>
                      <td className={td}>{dateTime(f.dueAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </TableFrame>
            </>
          )
        }
      </QueryState>
    </DashboardSection>
  );
}
