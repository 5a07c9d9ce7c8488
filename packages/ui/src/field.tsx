import { useId, type InputHTMLAttributes } from "react";
import { cn } from "./cn";

/** A labelled input whose error is announced and tied to it (aria-describedby), per WCAG. */
export function Field({
  label,
  error,
  hint,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string | null; hint?: string }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-sm font-medium text-gray-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cn(
          "min-h-11 rounded-md border px-3 py-2 text-base text-gray-900",
          error ? "border-red-700" : "border-gray-500",
          "focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-100",
        )}
        {...props}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
