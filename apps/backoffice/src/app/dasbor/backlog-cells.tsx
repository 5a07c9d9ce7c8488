import { BACKLOG_BUCKETS, BACKLOG_LABELS, type BacklogBucket } from "@perizinan/domain";
import { formatMinutes, formatNumber } from "./format";
import { num, td, th } from "./table-frame";

/** Files standing at a step (or with a role) now, by how long against the standard. */
export interface BacklogFigures {
  backlog: Record<BacklogBucket, number>;
  backlogTotal: number;
  oldestMinutes: number | null;
}

/** How many columns the backlog group spans: the total, one per bucket, the oldest. */
export const BACKLOG_COLUMNS = BACKLOG_BUCKETS.length + 2;

/** The group's heading cell, for the first header row. */
export function BacklogGroupHeader({ label }: { label: string }) {
  return (
    <th scope="colgroup" colSpan={BACKLOG_COLUMNS} className={`${th} border-l text-center`}>
      {label}
    </th>
  );
}

/** The group's column headings, for the second header row. */
export function BacklogColumnHeaders() {
  return (
    <>
      <th scope="col" className={`${th} ${num} border-l`}>Jumlah</th>
      {BACKLOG_BUCKETS.map((bucket) => (
        <th key={bucket} scope="col" className={`${th} ${num}`}>
          {BACKLOG_LABELS[bucket]}
        </th>
      ))}
      <th scope="col" className={`${th} ${num}`}>Terlama</th>
    </>
  );
}

const BUCKET_TONE: Record<BacklogBucket, string> = { ON_TIME: "", AT_RISK: "", LATE: "text-red-800 font-semibold", STUCK: "text-red-900 font-bold" };

export function BacklogCells({ figures }: { figures: BacklogFigures }) {
  return (
    <>
      <td className={`${td} ${num} border-l`}>{formatNumber(figures.backlogTotal)}</td>
      {BACKLOG_BUCKETS.map((bucket) => (
        <td key={bucket} className={`${td} ${num} ${figures.backlog[bucket] > 0 ? BUCKET_TONE[bucket] : ""}`}>
          {formatNumber(figures.backlog[bucket])}
        </td>
      ))}
      <td className={`${td} ${num}`}>{formatMinutes(figures.oldestMinutes)}</td>
    </>
  );
}
