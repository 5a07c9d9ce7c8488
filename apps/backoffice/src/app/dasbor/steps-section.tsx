"use client";
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { ROLE_LABELS } from "@perizinan/domain";
import { Alert } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import { BacklogCells, BacklogColumnHeaders, BacklogGroupHeader } from "./backlog-cells";
import { CsvLink } from "./csv-link";
import { formatMinutes, formatNumber } from "./format";
import { Loading, QueryState } from "./query-state";
import { DashboardSection } from "./section";
import { TimingCells } from "./timing-cells";
import { TableFrame, num, td, th } from "./table-frame";
import type { DashboardFilters, StepRow } from "./types";

const StepsChart = dynamic(() => import("./steps-chart").then((m) => m.StepsChart), { ssr: false, loading: () => <Loading label="grafik" height="h-96" /> });

/** The steps of each permit type's current SOP, in SOP order. */
function byPermitType(steps: StepRow[]): Array<{ id: string; name: string; steps: StepRow[] }> {
  const groups = new Map<string, { id: string; name: string; steps: StepRow[] }>();
  for (const step of steps) {
    const group = groups.get(step.permitTypeId) ?? { id: step.permitTypeId, name: step.permitTypeName, steps: [] };
    group.steps.push(step);
    groups.set(step.permitTypeId, group);
  }
  return [...groups.values()];
}

/** The SOP's warnings, each once, with the steps they name. */
function warningsOf(steps: StepRow[]): Array<{ text: string; steps: number[] }> {
  const warnings = new Map<string, number[]>();
  for (const step of steps) if (step.warning) warnings.set(step.warning, [...(warnings.get(step.warning) ?? []), step.stepNo]);
  return [...warnings].map(([text, stepNos]) => ({ text, steps: stepNos }));
}

export function StepsSection({ filters }: { filters: DashboardFilters }) {
  const trpc = useTRPC();
  const steps = useQuery(trpc.dashboard.steps.queryOptions({ period: filters.period, permitTypeId: filters.permitTypeId }));
  return (
    <DashboardSection
      title="Waktu per langkah SOP"
      description="Langkah yang selesai dalam periode (waktu kerja kantor, tanpa langkah pemohon), dan berkas yang sedang berada di tiap langkah sekarang."
      actions={<CsvLink table="langkah" filters={filters} />}
      testId="section-steps"
    >
      <QueryState query={steps} label="waktu per langkah">
        {(data) => {
          const groups = byPermitType(data.steps);
          if (groups.length === 0) return <p>Belum ada SOP untuk jenis izin ini.</p>;
          return groups.map((group) => (
            <div key={group.id} className="flex flex-col gap-4">
              {groups.length > 1 ? <h3 className="font-semibold">{group.name}</h3> : null}
              {warningsOf(group.steps).map((w) => (
                <Alert key={w.text} tone="warning" testId="sop-warning">
                  <strong>Peringatan SOP:</strong> {w.text} (langkah {w.steps.join(", ")}, ditandai ⚠ pada tabel)
                </Alert>
              ))}
              <StepsChart steps={group.steps} title={`Waktu per langkah SOP ${group.name}`} />
              <StepsTable steps={group.steps} permitTypeName={group.name} />
            </div>
          ));
        }}
      </QueryState>
    </DashboardSection>
  );
}

function StepsTable({ steps, permitTypeName }: { steps: StepRow[]; permitTypeName: string }) {
  return (
    <TableFrame caption={`Waktu per langkah SOP ${permitTypeName}: standar, median, P90, ketepatan waktu, dan berkas yang sedang di langkah itu`} testId="steps-table">
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className={th}>Langkah</th>
          <th scope="col" rowSpan={2} className={th}>Kegiatan</th>
          <th scope="col" rowSpan={2} className={th}>Pelaksana</th>
          <th scope="col" rowSpan={2} className={`${th} ${num}`}>Standar</th>
          <th scope="col" rowSpan={2} className={`${th} ${num}`}>Median</th>
          <th scope="col" rowSpan={2} className={`${th} ${num}`}>P90</th>
          <th scope="col" rowSpan={2} className={`${th} ${num}`}>Tepat waktu</th>
          <th scope="col" rowSpan={2} className={`${th} ${num}`}>Jumlah</th>
          <BacklogGroupHeader label="Sedang di langkah ini" />
        </tr>
        <tr>
          <BacklogColumnHeaders />
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.stepNo} className={s.warning ? "bg-amber-50" : undefined} data-warning={s.warning ? "true" : undefined}>
            <th scope="row" className={`${td} ${num}`}>
              {s.stepNo}
              {s.warning ? (
                <>
                  {" "}
                  <span aria-hidden="true" className="text-amber-900">⚠</span>
                  <span className="sr-only">(peringatan SOP)</span>
                </>
              ) : null}
            </th>
            <td className={`${td} min-w-56 whitespace-normal`}>{s.activity}</td>
            <td className={td}>{ROLE_LABELS[s.role]}</td>
            <td className={`${td} ${num}`}>{formatMinutes(s.standardMinutes)}</td>
            <TimingCells figures={s} />
            <td className={`${td} ${num}`}>{formatNumber(s.stays)}</td>
            <BacklogCells figures={s} />
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
