import { AT_RISK_SHARE } from "../sla/sla";

/**
 * How long the files standing at a step have been there, against the step's standard: the
 * buckets the Kadis reads as "fine", "watch", "late" and "stuck".
 */
export const BACKLOG_BUCKETS = ["ON_TIME", "AT_RISK", "LATE", "STUCK"] as const;
export type BacklogBucket = (typeof BACKLOG_BUCKETS)[number];

export const BACKLOG_LABELS: Record<BacklogBucket, string> = {
  ON_TIME: "≤ 75% standar",
  AT_RISK: "75–100% standar",
  LATE: "1–2× standar",
  STUCK: "> 2× standar",
};

export function backlogBucketOf(spentMinutes: number, standardMinutes: number): BacklogBucket {
  if (spentMinutes > 2 * standardMinutes) return "STUCK";
  if (spentMinutes > standardMinutes) return "LATE";
  if (spentMinutes > standardMinutes * AT_RISK_SHARE) return "AT_RISK";
  return "ON_TIME";
}
