import { readFile } from "node:fs/promises";
import path from "node:path";
import { deployMigrations } from "@perizinan/db/migrate";
import type { DocumentStorage } from "@perizinan/storage";
import { RestoreRefusedError } from "./errors";
import { documentFile, type Manifest } from "./format";
import { existingTables, loadDatabase, notEmptyProblem, type LoadResult } from "./load";
import { verifyArchive, type VerifiedArchive } from "./verify";

export interface RestoreTarget {
  databaseUrl: string;
  storage: DocumentStorage;
  /** Replace a target that already has tables (its public schema is dropped, in the transaction). */
  replace?: boolean;
  /** This checkout's migrations (tests point elsewhere). */
  migrationsDir?: string;
}

export interface RestoreOptions extends RestoreTarget {
  archiveFile: string;
}

export interface RestoreResult extends LoadResult {
  manifest: Manifest;
  documents: number;
  documentBytes: number;
  /** Migrations of this checkout newer than the backup, applied after the load. */
  appliedMigrations: string[];
}

/** Verifies the archive, then restores it (see restoreVerified). */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const archive = await verifyArchive(path.resolve(options.archiveFile), { migrationsDir: options.migrationsDir });
  try {
    return await restoreVerified(archive, options);
  } finally {
    await archive.dispose();
  }
}

/**
 * Changes come only after verification: documents first (content-addressed, so writing them is
 * harmless if the database step then fails), then the database in one transaction, then the
 * migrations this checkout has beyond the backup's.
 */
export async function restoreVerified(archive: VerifiedArchive, target: RestoreTarget): Promise<RestoreResult> {
  const replace = target.replace ?? false;
  // Checked again inside the load's transaction; asked here so that a refusal writes no document.
  const existing = await existingTables(target.databaseUrl);
  if (existing.length > 0 && !replace) throw new RestoreRefusedError([notEmptyProblem(existing)]);

  let documentBytes = 0;
  for (const document of archive.manifest.documents) {
    const stored = await target.storage.put(await readFile(path.join(archive.dir, documentFile(document.key))));
    if (stored.key !== document.key) throw new Error(`Penyimpanan memberi kunci ${stored.key} untuk dokumen ${document.key}.`);
    documentBytes += stored.sizeBytes;
  }

  const loaded = await loadDatabase(target.databaseUrl, archive, { replace });
  const applied = archive.newerMigrations.length > 0 ? await deployNewer(target) : [];
  return { ...loaded, manifest: archive.manifest, documents: archive.manifest.documents.length, documentBytes, appliedMigrations: applied };
}

async function deployNewer(target: RestoreTarget): Promise<string[]> {
  try {
    const { applied } = await deployMigrations({ kind: "postgres", connectionString: target.databaseUrl }, { migrationsDir: target.migrationsDir });
    return applied;
  } catch (error) {
    throw new Error(
      `Isi cadangan sudah dipulihkan, tetapi migrasi yang lebih baru dari cadangan gagal diterapkan: ${error instanceof Error ? error.message : String(error)}. Perbaiki lalu jalankan \`npm run db:migrate\`.`,
      { cause: error },
    );
  }
}
