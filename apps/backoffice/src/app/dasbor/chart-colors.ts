/** Chart colours with at least 3:1 contrast on white (WCAG 1.4.11); series are also named in legends and tables. */
export const CHART_COLORS = {
  received: "#0f6b4f",
  completed: "#1d4ed8",
  onTime: "#b45309",
  median: "#0f6b4f",
  standard: "#6b7280",
  grid: "#e5e7eb",
} as const;
