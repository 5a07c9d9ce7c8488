export { createBackup, defaultBackupFile, type BackupOptions, type BackupResult } from "./backup";
export { restoreBackup, restoreVerified, type RestoreOptions, type RestoreResult, type RestoreTarget } from "./restore";
export { verifyArchive, type VerifiedArchive } from "./verify";
export { BackupError, RestoreFailedError, RestoreRefusedError } from "./errors";
export { FORMAT, FORMAT_VERSION, MANIFEST_FILE, parseManifest, tableFile, documentFile, type Manifest } from "./format";
export { backupSummary, formatBytes, restoreSummary } from "./summary";
