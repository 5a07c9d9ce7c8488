import type { ReactNode } from "react";
import type { OfficeClock } from "./format";
import { OfficeClockProvider } from "./office-clock";

/** The page's main region (the skip link's target), every date inside it on the office's clock. */
export function SiteMain({ clock, children }: { clock: OfficeClock; children: ReactNode }) {
  return (
    <OfficeClockProvider clock={clock}>
      <main id="konten" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </OfficeClockProvider>
  );
}
