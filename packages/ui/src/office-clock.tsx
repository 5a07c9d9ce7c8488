"use client";
import { createContext, useContext, type ReactNode } from "react";
import { formatDate, formatDateTime, type OfficeClock } from "./format";

const OfficeClockContext = createContext<OfficeClock | null>(null);

/** Set once by each app's layout from the office record, so no component assumes a zone. */
export function OfficeClockProvider({ clock, children }: { clock: OfficeClock; children: ReactNode }) {
  return <OfficeClockContext.Provider value={clock}>{children}</OfficeClockContext.Provider>;
}

/** Formatters on the office's clock, for client components. */
export function useOfficeClock() {
  const clock = useContext(OfficeClockContext);
  // A page outside the layout would print times on a guessed clock: fail where it is written.
  if (!clock) throw new Error("useOfficeClock needs an OfficeClockProvider (set in the app's layout).");
  return {
    clock,
    dateTime: (d: Date | string | null | undefined) => formatDateTime(d, clock),
    date: (d: Date | string | null | undefined) => formatDate(d, clock),
  };
}
