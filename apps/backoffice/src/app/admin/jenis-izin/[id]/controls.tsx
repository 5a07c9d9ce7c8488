"use client";
import { createContext, useContext, useState, type ReactNode } from "react";
import { Button, cn, Field, Select, TextArea } from "@perizinan/ui";
import { amountIn, DURATION_UNIT_LABELS, DURATION_UNITS, durationUnitOf, formatWorkingDuration, workingMinutesOf, type DurationUnit } from "@perizinan/domain";
import { linesOf } from "./definition-edits";

/** The problems of the definition by path, for each input to show its own. */
export const ProblemsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

/** The problems sitting exactly at `path`, as one message (null when none). */
export function useProblem(path: string | undefined): string | null {
  const problems = useContext(ProblemsContext);
  if (!path) return null;
  const found = problems.get(path);
  return found && found.length > 0 ? found.join(" · ") : null;
}

/** Problems about a whole item (a step, a field) rather than one of its inputs. */
export function ItemProblems({ path }: { path: string }) {
  const message = useProblem(path);
  if (!message) return null;
  return (
    <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" data-problem-path={path}>
      {message}
    </p>
  );
}

type Common = { label: string; path?: string; hint?: string; className?: string };

export function TextInput({ label, path, hint, className, value, onChange, ...rest }: Common & { value: string; onChange: (value: string) => void; placeholder?: string; readOnly?: boolean }) {
  const error = useProblem(path);
  return <Field label={label} hint={hint} className={cn("min-w-0", className)} error={error} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" {...rest} />;
}

export function LongText({ label, path, hint, className, value, onChange, rows = 3 }: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  const error = useProblem(path);
  return <TextArea label={label} hint={hint} className={cn("min-w-0", className)} error={error} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />;
}

/**
 * A whole number typed as text: what was typed stays as typed; the value is the number, or null
 * when the input is empty (or not a number yet).
 */
export function NumberInput({ label, path, hint, className, value, onChange }: Common & { value: number | null | undefined; onChange: (value: number | null) => void }) {
  const error = useProblem(path);
  const [typed, setTyped] = useState("");
  // What was typed stays while it still means the value; an outside change (a loaded draft) shows the value.
  const shown = parseWhole(typed) === (value ?? null) ? typed : value === null || value === undefined ? "" : String(value);
  return (
    <Field
      label={label}
      hint={hint}
      className={cn("min-w-0", className)}
      error={error}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={shown}
      onChange={(e) => {
        setTyped(e.target.value);
        onChange(parseWhole(e.target.value));
      }}
    />
  );
}

const UNIT_OPTIONS = DURATION_UNITS.map((unit) => ({ value: unit, label: DURATION_UNIT_LABELS[unit] }));

/**
 * A service-standard time typed in minutes, hours or working days (1 day = 8 hours, the SOP's
 * "1 Hari"); the value is always working minutes, null while what is typed is not a number.
 */
export function DurationInput({ label, path, className, value, onChange }: Common & { value: number; onChange: (minutes: number) => void }) {
  const problem = useProblem(path);
  const [unit, setUnit] = useState<DurationUnit>(() => durationUnitOf(value));
  const [typed, setTyped] = useState(() => amountIn(value, durationUnitOf(value)));
  const typedMinutes = workingMinutesOf(typed, unit);
  // What is being typed stays (also while it is not a number yet); an outside change (a loaded
  // draft) shows the stored value in the chosen unit.
  const shown = typedMinutes === null || typedMinutes === value ? typed : amountIn(value, unit);
  const error = typedMinutes === null ? "Tulis angka, misalnya 30 atau 1,5." : problem;
  const hint = value > 0 ? `= ${formatWorkingDuration(value)} waktu kerja (1 hari kerja = 8 jam)` : "Waktu kerja; 1 hari kerja = 8 jam.";
  return (
    <fieldset className={cn("flex min-w-0 flex-col gap-1", className)}>
      <legend className="mb-1 text-sm font-medium text-gray-900">{label}</legend>
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-2">
        <Field
          label="Jumlah"
          error={error}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={shown}
          onChange={(e) => {
            setTyped(e.target.value);
            const minutes = workingMinutesOf(e.target.value, unit);
            if (minutes !== null) onChange(minutes);
          }}
        />
        <Select
          label="Satuan"
          value={unit}
          options={UNIT_OPTIONS}
          onChange={(e) => {
            const next = e.target.value as DurationUnit;
            setUnit(next);
            // The amount stays as typed and means the new unit: "2" jam becomes "2" hari kerja.
            const minutes = workingMinutesOf(shown, next);
            if (minutes !== null) onChange(minutes);
          }}
        />
      </div>
      <p className="text-xs text-gray-700">{hint}</p>
    </fieldset>
  );
}

function parseWhole(text: string): number | null {
  const raw = text.trim().replace(/\./g, "");
  return raw === "" || !/^-?\d+$/.test(raw) ? null : Number(raw);
}

/** A list of texts as lines of a text area: each line one item, empty lines left out. */
export function LinesInput({ label, path, hint, className, value, onChange, rows = 3 }: Common & { value: readonly string[]; onChange: (value: string[]) => void; rows?: number }) {
  const error = useProblem(path);
  const [typed, setTyped] = useState("");
  const shown = linesOf(typed).join("\n") === value.join("\n") ? typed : value.join("\n");
  return (
    <TextArea
      label={label}
      hint={hint ?? "Satu per baris."}
      className={cn("min-w-0", className)}
      error={error}
      rows={rows}
      value={shown}
      onChange={(e) => {
        setTyped(e.target.value);
        onChange(linesOf(e.target.value));
      }}
    />
  );
}

export function Choice<T extends string>({
  label,
  path,
  hint,
  className,
  value,
  options,
  onChange,
}: Common & { value: T | ""; options: ReadonlyArray<{ value: T | ""; label: string }>; onChange: (value: T | "") => void }) {
  const error = useProblem(path);
  return <Select label={label} hint={hint} className={cn("min-w-0", className)} error={error} value={value} options={options} onChange={(e) => onChange(e.target.value as T | "")} />;
}

export function Tick({ label, checked, onChange, hint, path }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string; path?: string }) {
  const error = useProblem(path);
  return (
    <div className="flex min-w-0 flex-col">
      <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-gray-900">
        <input type="checkbox" className="h-5 w-5 shrink-0" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span className="min-w-0">{label}</span>
      </label>
      {hint ? <p className="text-xs text-gray-700">{hint}</p> : null}
      {error ? <p className="text-sm text-red-800">{error}</p> : null}
    </div>
  );
}

/** Move up, move down and remove, each named with what it acts on for screen readers and tests. */
export function ItemButtons({ what, index, count, onMove, onRemove }: { what: string; index: number; count: number; onMove: (delta: number) => void; onRemove: () => void }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" className="px-3" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Naikkan ${what}`}>
        ↑ Naik
      </Button>
      <Button type="button" variant="secondary" className="px-3" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Turunkan ${what}`}>
        ↓ Turun
      </Button>
      <Button type="button" variant="secondary" className="px-3 text-red-800" onClick={onRemove} aria-label={`Hapus ${what}`}>
        Hapus
      </Button>
    </div>
  );
}

/** A section of the editor with its anchor (the top navigation links to it). */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-judul`} className="scroll-mt-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={`${id}-judul`} className="text-xl font-semibold text-gray-900">
        {title}
      </h2>
      {intro ? <div className="mt-1 text-sm text-gray-700">{intro}</div> : null}
      <div className="mt-4 flex flex-col gap-4">{children}</div>
    </section>
  );
}
