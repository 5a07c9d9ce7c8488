"use client";
import { useState } from "react";
import { Field } from "@perizinan/ui";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The monthly report as PDF: a month picker and the link to print it (for the permit type on screen). */
export function MonthlyReportLink({ defaultMonth, permitTypeId }: { defaultMonth: string; permitTypeId: string | null }) {
  const [month, setMonth] = useState(defaultMonth);
  const valid = MONTH.test(month);
  const query = new URLSearchParams({ bulan: month });
  if (permitTypeId) query.set("jenis", permitTypeId);
  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="monthly-report">
      <Field
        label="Bulan laporan"
        type="month"
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        placeholder="TTTT-BB"
        pattern="\d{4}-\d{2}"
        error={valid ? null : "Pilih bulan, ditulis sebagai TTTT-BB (mis. 2025-03)."}
      />
      {valid ? (
        <a
          href={`/api/dasbor/laporan?${query.toString()}`}
          target="_blank"
          rel="noopener"
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-100"
        >
          Cetak laporan bulanan (PDF)
          <span className="sr-only"> (terbuka di tab baru)</span>
        </a>
      ) : (
        <span aria-disabled="true" className="inline-flex min-h-11 items-center rounded-md bg-gray-200 px-4 py-2 text-sm font-semibold text-gray-700">
          Cetak laporan bulanan (PDF)
        </span>
      )}
    </div>
  );
}
