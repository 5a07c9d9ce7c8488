import type { ReactNode } from "react";
import { Card } from "@perizinan/ui";

/** One part of the dashboard: a real <h2> (tests and screen readers find it), its downloads, then its content. */
export function DashboardSection({
  title,
  description,
  actions,
  testId,
  children,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Card className="min-w-0">
      <div data-testid={testId} className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold text-gray-900">{title}</h2>
          {actions ? <div className="flex flex-wrap gap-3 text-sm">{actions}</div> : null}
        </div>
        {description ? <p className="-mt-2 text-sm text-gray-700">{description}</p> : null}
        {children}
      </div>
    </Card>
  );
}
