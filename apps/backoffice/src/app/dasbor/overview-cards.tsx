import type { ReactNode } from "react";
import { MINUTES_PER_WORKING_DAY } from "@perizinan/domain";
import { cn } from "@perizinan/ui";
import { formatMinutes, formatNumber, formatPercent } from "./format";
import type { OverviewData } from "./types";

function Tile({ label, value, className, testId, children }: { label: string; value: ReactNode; className?: string; testId?: string; children?: ReactNode }) {
  return (
    <div className={cn("flex flex-col gap-1 rounded-md border border-gray-200 bg-gray-50 p-3", className)} data-testid={testId}>
      <dt className="text-sm font-medium text-gray-700">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums text-gray-900">{value}</dd>
      {children ? <dd className="text-sm text-gray-700">{children}</dd> : null}
    </div>
  );
}

/** Time against the standard, in words as well as colour. */
function AgainstStandard({ minutes, standard }: { minutes: number | null; standard: number | null }) {
  if (minutes === null || standard === null) return null;
  return minutes <= standard ? (
    <span className="text-green-800"> (dalam standar)</span>
  ) : (
    <span className="font-semibold text-red-800"> (melebihi standar)</span>
  );
}

/** The headline figures of the period. */
export function OverviewCards({ data }: { data: OverviewData }) {
  const completed = data.issued + data.rejected;
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="overview">
      <Tile label="Diterima" value={formatNumber(data.received)} testId="overview-received">
        berkas masuk dalam periode
      </Tile>
      <Tile label="Selesai" value={formatNumber(completed)} testId="overview-completed">
        Terbit {formatNumber(data.issued)} · Ditolak {formatNumber(data.rejected)}
      </Tile>
      <Tile label="Ditarik" value={formatNumber(data.withdrawn)} testId="overview-withdrawn">
        ditarik pemohon
      </Tile>
      <Tile label="Dalam proses" value={formatNumber(data.inProgress)} testId="overview-in-progress">
        belum selesai di akhir periode
      </Tile>
      <Tile label="Dikembalikan" value={formatNumber(data.returnedFiles)} testId="overview-returned">
        berkas, {formatNumber(data.returns)} kali pengembalian; {formatPercent(data.returnedRate)} berkas yang diterima pernah dikembalikan
      </Tile>
      <Tile label="Selesai sesuai standar" value={<span className="text-4xl">{formatPercent(data.withinStandardShare)}</span>} className="lg:col-span-2" testId="overview-within-standard">
        {formatNumber(data.withinStandard)} dari {formatNumber(completed)} berkas yang selesai (terbit atau ditolak)
      </Tile>
      <div className="flex flex-col gap-1 rounded-md border border-gray-200 bg-gray-50 p-3 lg:col-span-3" data-testid="overview-service-time">
        <dt className="text-sm font-medium text-gray-700">Waktu layanan berkas yang selesai</dt>
        <dd className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <span className="font-medium">Median</span>
          <span>
            <span className="font-bold tabular-nums">{formatMinutes(data.medianMinutes)}</span>
            <AgainstStandard minutes={data.medianMinutes} standard={data.standardMinutes} />
          </span>
          <span className="font-medium">P90</span>
          <span>
            <span className="font-bold tabular-nums">{formatMinutes(data.p90Minutes)}</span>
            <AgainstStandard minutes={data.p90Minutes} standard={data.standardMinutes} />
          </span>
          <span className="font-medium">Standar</span>
          <span className="tabular-nums">{formatMinutes(data.standardMinutes)}</span>
        </dd>
        <dd className="text-xs text-gray-700">Waktu kerja, di luar waktu pemohon (1 hari = {MINUTES_PER_WORKING_DAY / 60} jam kerja).</dd>
      </div>
    </dl>
  );
}
