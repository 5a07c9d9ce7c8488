import type { ReactNode } from "react";

/**
 * A table with its caption inside a horizontally scrolling frame, so wide tables stay usable on a
 * phone. The frame is focusable and named so keyboard users can scroll it too.
 */
export function TableFrame({ caption, testId, children }: { caption: string; testId?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-md border border-gray-200 focus:outline-none focus-visible:ring-4 focus-visible:ring-brand-100" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-max border-collapse text-left text-sm" data-testid={testId}>
        <caption className="px-3 py-2 text-left text-sm font-medium text-gray-700">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** Header and body cells with the dashboard's spacing; numbers right-aligned. */
export const th = "border-b border-gray-300 bg-gray-50 px-3 py-2 font-semibold text-gray-900";
export const td = "border-b border-gray-200 px-3 py-2 align-top";
export const num = "text-right tabular-nums";
