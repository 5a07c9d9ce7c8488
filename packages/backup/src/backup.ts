import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { DocumentStorage } from "@perizinan/storage";
import { packArchive } from "./archive";
import { dumpSnapshot } from "./dump";
import { BackupError } from "./errors";
import { documentFile, FORMAT, FORMAT_VERSION, MANIFEST_FILE, TABLE_FORMAT, tableFile, type Manifest } from "./format";

export interface BackupOptions {
  databaseUrl: string;
  storage: DocumentStorage;
  /** Must not exist yet: a backup never overwrites another. */
  outFile: string;
  now?: Date;
}

export interface BackupResult {
  file: string;
  sizeBytes: number;
  manifest: Manifest;
}

/** `<dataDir>/backups/perizinan-YYYYMMDD-HHMMSS.tar.gz`, on the local clock the operator reads. */
export function defaultBackupFile(dataDir: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return path.join(dataDir, "backups", `perizinan-${date}-${time}.tar.gz`);
}

/**
 * One archive with the whole database and every document its rows refer to, from one consistent
 * snapshot. The staging folder sits beside the archive (same disk, same protection) and is
 * removed whatever happens.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const outFile = path.resolve(options.outFile);
  if (await stat(outFile).then(() => true, () => false)) throw new BackupError(`Berkas ${outFile} sudah ada; pilih nama lain dengan --out.`);
  await mkdir(path.dirname(outFile), { recursive: true, mode: 0o700 });
  const stagingDir = await mkdtemp(path.join(path.dirname(outFile), ".perizinan-backup-"));
  try {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    let snapshot;
    try {
      snapshot = await dumpSnapshot(client, options.storage, stagingDir);
    } finally {
      await client.end();
    }
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      tableFormat: TABLE_FORMAT,
      ...snapshot,
    };
    await writeFile(path.join(stagingDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    const files = [MANIFEST_FILE, ...manifest.tables.map((t) => tableFile(t.name)), ...manifest.documents.map((d) => documentFile(d.key))];
    const sizeBytes = await packArchive(stagingDir, files, outFile);
    return { file: outFile, sizeBytes, manifest };
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
}
