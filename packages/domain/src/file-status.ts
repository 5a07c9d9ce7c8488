export const FILE_STATUSES = ["IN_PROGRESS", "RETURNED", "ISSUED", "REJECTED", "WITHDRAWN", "REVOKED"] as const;

export type FileStatus = (typeof FILE_STATUSES)[number];

export const STATUS_LABELS: Record<FileStatus, string> = {
  IN_PROGRESS: "Dalam Proses",
  RETURNED: "Dikembalikan ke Pemohon",
  ISSUED: "Izin Terbit",
  REJECTED: "Ditolak",
  WITHDRAWN: "Ditarik Pemohon",
  REVOKED: "Izin Dicabut",
};

/** Statuses a step may end a file with; WITHDRAWN and REVOKED come only from file-level actions. */
export const STEP_END_STATUSES: readonly FileStatus[] = ["ISSUED", "REJECTED"];

/** Statuses in which the file is still moving through its steps. */
export const OPEN_STATUSES: readonly FileStatus[] = ["IN_PROGRESS", "RETURNED"];

export function isOpen(status: FileStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
