"use client";
import { DAYS_ID } from "@perizinan/domain";
import { Field } from "@perizinan/ui";

/** Monday first, as an Indonesian reader lists a week; the values stay Sunday-first (0–6). */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** A week's hours as typed, one field per day; errors come back at `days.<0–6>`. */
export function WeekHoursFields({ days, onChange, errors }: { days: string[]; onChange: (days: string[]) => void; errors: Record<string, string> }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-1 text-sm font-medium">Jam kerja per hari (tulis seperti 08.00–12.00, 13.00–15.00, atau “libur”)</legend>
      {WEEK_ORDER.map((day) => (
        <Field
          key={day}
          label={`Jam kerja ${DAYS_ID[day]}`}
          value={days[day] ?? ""}
          onChange={(e) => onChange(days.map((d, i) => (i === day ? e.target.value : d)))}
          error={errors[`days.${day}`]}
        />
      ))}
    </fieldset>
  );
}
