import type { FileStatus } from "../file-status";
import { pathsToEnds, type SopPath } from "./graph";
import type { SopDefinition } from "./types";

export interface SopTotals {
  /** Standard working minutes of the path ending ISSUED (the longest, should there be several); 0 if none. */
  issuedPathMinutes: number;
  /** Standard working minutes of the path ending REJECTED (the longest, should there be several); 0 if none. */
  rejectedPathMinutes: number;
  /** Longest standard per end status reachable by the SOP. */
  byEnd: Partial<Record<FileStatus, number>>;
  paths: SopPath[];
}

export function sopTotals(sop: SopDefinition): SopTotals {
  const paths = pathsToEnds(sop);
  const byEnd: Partial<Record<FileStatus, number>> = {};
  for (const path of paths) {
    byEnd[path.end] = Math.max(byEnd[path.end] ?? 0, path.standardMinutes);
  }
  return {
    issuedPathMinutes: byEnd.ISSUED ?? 0,
    rejectedPathMinutes: byEnd.REJECTED ?? 0,
    byEnd,
    paths,
  };
}
