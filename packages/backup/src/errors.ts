/** The backup could not be made; no archive was written. */
export class BackupError extends Error {
  override readonly name = "BackupError";
}

/** The archive or the target is not fit for a restore; checked before anything was changed. */
export class RestoreRefusedError extends Error {
  override readonly name = "RestoreRefusedError";
  constructor(readonly problems: string[]) {
    super(`Pemulihan ditolak; tidak ada yang diubah:\n- ${problems.join("\n- ")}`);
  }
}

/** Loading into the database failed; its transaction was rolled back, so the target is as it was. */
export class RestoreFailedError extends Error {
  override readonly name = "RestoreFailedError";
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`Pemulihan gagal dan dibatalkan; database tujuan tidak berubah: ${detail}`, options);
  }
}
