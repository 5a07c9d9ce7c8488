import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import type { Period } from "@perizinan/domain";
import type { DashboardFilters } from "./types";

/** The address-bar names of the filters, so that a view can be shared and survives a reload. */
const PARAMS = { from: "dari", to: "sampai", permitType: "jenis", granularity: "tren" } as const;

/**
 * The dashboard's filters, read from the address bar (`?dari=…&sampai=…&jenis=…&tren=week|month`)
 * with this month as the default period. Changing them rewrites the address without a server
 * round trip (Next keeps useSearchParams in step with history.pushState).
 */
export function useDashboardFilters(defaultPeriod: Period): [DashboardFilters, (change: Partial<DashboardFilters>) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const filters = useMemo<DashboardFilters>(
    () => ({
      period: { from: params.get(PARAMS.from) || defaultPeriod.from, to: params.get(PARAMS.to) || defaultPeriod.to },
      permitTypeId: params.get(PARAMS.permitType) || null,
      granularity: params.get(PARAMS.granularity) === "month" ? "month" : "week",
    }),
    [params, defaultPeriod.from, defaultPeriod.to],
  );
  const update = useCallback(
    (change: Partial<DashboardFilters>) => {
      const next = { ...filters, ...change };
      const query = new URLSearchParams({ [PARAMS.from]: next.period.from, [PARAMS.to]: next.period.to });
      if (next.permitTypeId) query.set(PARAMS.permitType, next.permitTypeId);
      query.set(PARAMS.granularity, next.granularity);
      window.history.pushState(null, "", `${pathname}?${query.toString()}`);
    },
    [filters, pathname],
  );
  return [filters, update];
}
