import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "./cn";

const control = "min-h-11 rounded-md border px-3 py-2 text-base text-gray-900 focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-100";

interface ShellProps {
  /** Text, or text with a marker such as a required field's "(wajib)". */
  label: ReactNode;
  error?: string | null;
  hint?: string;
  className?: string;
}

/**
 * A label, an optional hint and an error around one control, tied together by id so that screen
 * readers announce the hint and the error with the control (aria-describedby, aria-invalid).
 */
function FieldShell({ label, error, hint, className, children }: ShellProps & { children: (props: ControlProps) => ReactNode }) {
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
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: cn(control, error ? "border-red-700" : "border-gray-500") })}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined; className: string };

export function Field({ label, error, hint, className, ...props }: InputHTMLAttributes<HTMLInputElement> & ShellProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(control) => <input {...control} {...props} />}
    </FieldShell>
  );
}

export function TextArea({ label, error, hint, className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & ShellProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(control) => <textarea {...control} className={cn(control.className, "min-h-20")} {...props} />}
    </FieldShell>
  );
}

export function Select({
  label,
  error,
  hint,
  options,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & ShellProps & { options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <select {...control} {...props}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
