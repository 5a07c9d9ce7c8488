"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "./chart-colors";
import { formatMinutes, formatNumber, minutesToHours } from "./format";
import type { StepRow } from "./types";

const LABEL_CHARS = 26;
const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/** Median time at each SOP step against the step's standard, in working hours (horizontal bars). */
export function StepsChart({ steps, title }: { steps: StepRow[]; title: string }) {
  const data = steps.map((s) => ({
    label: `${s.stepNo}. ${shorten(s.activity)}${s.warning ? " ⚠" : ""}`,
    longLabel: `Langkah ${s.stepNo}: ${s.activity}`,
    median: minutesToHours(s.medianMinutes),
    standard: minutesToHours(s.standardMinutes),
    minutes: { median: s.medianMinutes, standard: s.standardMinutes },
  }));
  return (
    <div className="w-full" style={{ height: Math.max(160, data.length * 44 + 72) }} data-testid="steps-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          aria-label={`${title}: median waktu tiap langkah dibandingkan standarnya, dalam jam kerja. Datanya ada pada tabel di bawah.`}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => `${formatNumber(v)} j`} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip
            labelFormatter={(label, payload) => (payload[0]?.payload as { longLabel?: string } | undefined)?.longLabel ?? label}
            formatter={(_value, name, item) => {
              const minutes = (item.payload as (typeof data)[number] | undefined)?.minutes;
              return [formatMinutes(item.dataKey === "standard" ? minutes?.standard : minutes?.median), name];
            }}
          />
          <Legend />
          <Bar dataKey="median" name="Median (jam kerja)" fill={CHART_COLORS.median} isAnimationActive={false} />
          <Bar dataKey="standard" name="Standar (jam kerja)" fill={CHART_COLORS.standard} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
