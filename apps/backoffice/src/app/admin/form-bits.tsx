"use client";
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useId, useState } from "react";

/** A field's error message, tied to its control by id (aria-describedby). */
function FieldError({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <p id={id} className="text-sm text-red-800">
      {error}
    </p>
  ) : null;
}

// The labelled text area and select are the shared UI package's; re-exported for the admin pages.
export { Select, TextArea } from "@perizinan/ui";

/** A group of checkboxes under one legend; the group's error is tied to the fieldset. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  hint,
  disabled,
}: {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: readonly T[];
  onChange: (next: T[]) => void;
  error?: string | null;
  hint?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium text-gray-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-700">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={value.includes(o.value)}
              disabled={disabled}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

export function Checkbox({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="flex flex-col">
      <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Field errors the API attached, with nested paths ("roles.0", "mimeTypes.1") folded onto their field. */
export function foldFieldErrors(errors: Record<string, string>): Record<string, string> {
  const folded: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const field = key.split(".")[0] ?? key;
    folded[field] ??= message;
  }
  return folded;
}

/**
 * What an administration list does after a change: say so in a notice and load the list again.
 * `done(message)` is the mutations' onSuccess; `setNotice(null)` clears the notice.
 */
export function useAdminNotice(listKey: QueryKey) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  function done(message: string) {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: listKey });
  }
  return { notice, setNotice, done };
}
