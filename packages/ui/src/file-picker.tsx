"use client";
import { useId } from "react";
import { cn } from "./cn";

/**
 * A file input that speaks Indonesian: the browser's own button says "Choose File / No file
 * chosen" in the browser's language, so the input is visually hidden and its label is the button.
 * The label stays the input's accessible name (screen readers, Playwright's getByLabel).
 */
export function FilePicker({
  label,
  accept,
  onFile,
  disabled,
  hint,
  className,
}: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  hint?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label
        htmlFor={id}
        className={cn(
          "inline-flex min-h-11 w-fit cursor-pointer items-center rounded-md border border-gray-400 bg-white px-4 text-sm font-semibold hover:bg-gray-50 has-[+input:focus-visible]:outline has-[+input:focus-visible]:outline-2 has-[+input:focus-visible]:outline-brand-700",
          disabled && "cursor-not-allowed opacity-60",
        )}
      >
        {label}
      </label>
      <input
        id={id}
        type="file"
        className="sr-only"
        accept={accept}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          e.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
