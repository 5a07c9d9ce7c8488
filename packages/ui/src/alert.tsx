import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  error: "border-red-700 bg-red-50 text-red-900",
  info: "border-brand-600 bg-brand-50 text-brand-800",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
} as const;

/** A message box; errors are role="alert" so screen readers announce them at once. */
export function Alert({ tone = "info", children, testId }: { tone?: keyof typeof TONES; children: ReactNode; testId?: string }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-testid={testId}
      className={cn("rounded-md border-l-4 px-4 py-3 text-sm", TONES[tone])}
    >
      {children}
    </div>
  );
}
