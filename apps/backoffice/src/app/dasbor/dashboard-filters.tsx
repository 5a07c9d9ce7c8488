"use client";
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { PERIOD_PRESET_LABELS, PERIOD_PRESETS, type Period, type PeriodPreset } from "@perizinan/domain";
import { Alert, Button, Card, Field, Select, cn, fieldErrorsOf, messageOf } from "@perizinan/ui";
import { useTRPC } from "~/trpc/react";
import type { DashboardFilters, Granularity } from "./types";

const GRANULARITIES: ReadonlyArray<{ value: Granularity; label: string }> = [
  { value: "week", label: "Per minggu" },
  { value: "month", label: "Per bulan" },
];

const toggle = (pressed: boolean) =>
  cn(
    "min-h-11 rounded-md px-4 text-sm font-semibold focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-100",
    pressed ? "bg-brand-700 text-white" : "border border-gray-400 bg-white text-gray-900 hover:bg-gray-50",
  );

/** Period (presets or from–to), permit type and the trend's granularity; the API's refusal of them, in words. */
export function DashboardFilterBar({
  filters,
  presets,
  problem,
  onChange,
}: {
  filters: DashboardFilters;
  presets: Record<PeriodPreset, Period>;
  /** The API's refusal of the filters (a bad period, an unknown permit type), if any. */
  problem: unknown;
  onChange: (change: Partial<DashboardFilters>) => void;
}) {
  const fieldErrors = problem ? fieldErrorsOf(problem) : {};
  const { period } = filters;
  return (
    <Card>
      <div className="flex flex-col gap-4" data-testid="dashboard-filters">
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-sm font-semibold text-gray-900">Periode</legend>
          <div className="flex flex-wrap gap-2">
            {PERIOD_PRESETS.map((preset) => {
              const pressed = presets[preset].from === period.from && presets[preset].to === period.to;
              return (
                <button key={preset} type="button" aria-pressed={pressed} className={toggle(pressed)} onClick={() => onChange({ period: presets[preset] })}>
                  {PERIOD_PRESET_LABELS[preset]}
                </button>
              );
            })}
          </div>
          <CustomPeriod key={`${period.from}|${period.to}`} period={period} errors={fieldErrors} onApply={(next) => onChange({ period: next })} />
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <PermitTypeSelect value={filters.permitTypeId} onChange={(permitTypeId) => onChange({ permitTypeId })} />
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-gray-900">Tren</legend>
            <div className="flex flex-wrap gap-2">
              {GRANULARITIES.map((g) => (
                <button
                  key={g.value}
                  type="button"
                  aria-pressed={filters.granularity === g.value}
                  className={toggle(filters.granularity === g.value)}
                  onClick={() => onChange({ granularity: g.value })}
                >
                  {g.label}
                </button>
              ))}
            </div>
          </fieldset>
        </div>
        {problem ? (
          <Alert tone="error" testId="filter-error">
            <p>{messageOf(problem)}</p>
            {Object.keys(fieldErrors).length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {[...new Set(Object.values(fieldErrors))].map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}

/** A from–to pair applied together; it starts from the period on screen. */
function CustomPeriod({ period, errors, onApply }: { period: Period; errors: Record<string, string>; onApply: (period: Period) => void }) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ from, to });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Periode lain">
      <Field label="Dari tanggal" type="date" value={from} onChange={(e) => setFrom(e.target.value)} error={errors["period.from"]} required />
      <Field label="Sampai tanggal" type="date" value={to} onChange={(e) => setTo(e.target.value)} error={errors["period.to"]} required />
      <Button type="submit" variant="secondary">
        Terapkan
      </Button>
    </form>
  );
}

function PermitTypeSelect({ value, onChange }: { value: string | null; onChange: (permitTypeId: string | null) => void }) {
  const trpc = useTRPC();
  const types = useQuery(trpc.dashboard.options.queryOptions());
  const options = [{ value: "", label: "Semua jenis izin" }, ...(types.data?.permitTypes ?? []).map((t) => ({ value: t.id, label: t.name }))];
  return (
    <Select
      label="Jenis izin"
      options={options}
      value={value ?? ""}
      disabled={types.isPending}
      error={types.isError ? `Daftar jenis izin tidak dapat dimuat: ${messageOf(types.error)}` : null}
      onChange={(e) => onChange(e.target.value || null)}
    />
  );
}
