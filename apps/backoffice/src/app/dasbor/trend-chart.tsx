"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS } from "./chart-colors";
import { formatBucket, formatNumber, formatPercent } from "./format";
import type { Granularity, TrendRow } from "./types";

/** Received and completed files per week or month (bars) with the share completed within the standard (line). */
export function TrendChart({ rows, granularity }: { rows: TrendRow[]; granularity: Granularity }) {
  const data = rows.map((r) => ({
    label: formatBucket(r.bucket, granularity, "short"),
    longLabel: formatBucket(r.bucket, granularity),
    received: r.received,
    completed: r.completed,
    onTimePercent: r.onTimeShare === null ? null : Math.round(r.onTimeShare * 1000) / 10,
  }));
  return (
    <div className="h-80 w-full" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          aria-label={`Grafik tren ${granularity === "month" ? "bulanan" : "mingguan"}: berkas diterima dan selesai (batang) serta persentase selesai sesuai standar (garis). Datanya ada pada tabel di bawah.`}
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis yAxisId="count" allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} tick={{ fontSize: 12 }} width={48} />
          <YAxis yAxisId="share" orientation="right" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 12 }} width={48} />
          <Tooltip
            labelFormatter={(label, payload) => (payload[0]?.payload as { longLabel?: string } | undefined)?.longLabel ?? label}
            formatter={(value, name, item) => [
              item.dataKey === "onTimePercent" ? formatPercent(typeof value === "number" ? value / 100 : null) : formatNumber(Number(value)),
              name,
            ]}
          />
          <Legend />
          <Bar yAxisId="count" dataKey="received" name="Diterima" fill={CHART_COLORS.received} isAnimationActive={false} />
          <Bar yAxisId="count" dataKey="completed" name="Selesai" fill={CHART_COLORS.completed} isAnimationActive={false} />
          <Line
            yAxisId="share"
            type="monotone"
            dataKey="onTimePercent"
            name="Selesai sesuai standar (%)"
            stroke={CHART_COLORS.onTime}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
