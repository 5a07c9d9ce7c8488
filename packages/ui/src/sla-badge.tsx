import { cn } from "./cn";

const TONES = {
  ON_TIME: "bg-green-100 text-green-900",
  AT_RISK: "bg-amber-100 text-amber-900",
  OVERDUE: "bg-red-100 text-red-900",
} as const;

/** Service-standard status in colour and in words (colour alone would fail colour-blind users). */
export function SlaBadge({ state, label }: { state: keyof typeof TONES; label: string }) {
  return <span className={cn("inline-block rounded-full px-2 py-0.5 text-xs font-semibold", TONES[state])}>{label}</span>;
}
