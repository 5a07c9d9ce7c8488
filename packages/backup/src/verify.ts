import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { unpackArchive } from "./archive";
import { measureFile } from "./digest";
import { RestoreRefusedError } from "./errors";
import { documentFile, MANIFEST_FILE, parseManifest, tableFile, type Manifest } from "./format";
import { migrationProblems, projectMigrations, type ProjectMigration } from "./migrations";

export interface VerifiedArchive {
  manifest: Manifest;
  /** The archive's files, checked against the manifest: load from here, nowhere else. */
  dir: string;
  /** This checkout's SQL for the backup's migrations, in order. */
  migrations: ProjectMigration[];
  /** This checkout's migrations newer than the backup (deployed after the load). */
  newerMigrations: string[];
  /** Deletes the unpacked files. */
  dispose(): Promise<void>;
}

/**
 * Reads the whole archive and checks every byte of it against its manifest, and the manifest's
 * migrations against this checkout, before a restore may touch anything. Throws
 * RestoreRefusedError naming every problem found.
 */
export async function verifyArchive(archiveFile: string, options: { migrationsDir?: string } = {}): Promise<VerifiedArchive> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "perizinan-restore-"));
  // Retries: a failed extraction may still be closing its last file when we clean up.
  const dispose = () => rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  try {
    const manifest = await readVerified(archiveFile, dir);
    const project = await projectMigrations(options.migrationsDir);
    const problems = migrationProblems(manifest.migrations, project);
    if (problems.length > 0) throw new RestoreRefusedError(problems);
    return {
      manifest,
      dir,
      migrations: project.slice(0, manifest.migrations.length),
      newerMigrations: project.slice(manifest.migrations.length).map((m) => m.name),
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function readVerified(archiveFile: string, dir: string): Promise<Manifest> {
  let unexpected: string[];
  try {
    ({ unexpected } = await unpackArchive(archiveFile, dir));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === "ENOENT" ? "berkas tidak ditemukan" : error instanceof Error ? error.message : String(error);
    throw new RestoreRefusedError([`Arsip ${archiveFile} tidak dapat dibaca (rusak, terpotong, atau bukan .tar.gz): ${detail}.`]);
  }
  const text = await readFile(path.join(dir, MANIFEST_FILE), "utf8").catch(() => undefined);
  if (text === undefined) throw new RestoreRefusedError([`Arsip ini bukan cadangan sistem perizinan (${MANIFEST_FILE} tidak ada).`]);
  const reading = parseManifest(text);
  if (!reading.ok) throw new RestoreRefusedError([reading.problem]);
  const { manifest } = reading;

  const problems: string[] = [];
  const listed = new Set([MANIFEST_FILE, ...manifest.tables.map((t) => tableFile(t.name)), ...manifest.documents.map((d) => documentFile(d.key))]);
  for (const table of manifest.tables) {
    const found = await measureFile(path.join(dir, tableFile(table.name))).catch(() => undefined);
    if (!found) problems.push(`Data tabel "${table.name}" tidak ada di arsip.`);
    else if (found.sha256 !== table.sha256 || found.sizeBytes !== table.sizeBytes) problems.push(`Data tabel "${table.name}" rusak: SHA-256-nya tidak cocok dengan manifest.`);
    else if (found.lines !== table.rows) problems.push(`Data tabel "${table.name}" berisi ${found.lines} baris, manifest mencatat ${table.rows}.`);
  }
  for (const document of manifest.documents) {
    const found = await measureFile(path.join(dir, documentFile(document.key))).catch(() => undefined);
    if (!found) problems.push(`Dokumen ${document.key} tidak ada di arsip.`);
    else if (found.sha256 !== document.sha256 || found.sizeBytes !== document.sizeBytes) problems.push(`Dokumen ${document.key} rusak: SHA-256-nya tidak cocok.`);
  }
  const strangers = [...new Set([...unexpected, ...(await unlistedFiles(dir, listed))])];
  if (strangers.length > 0) problems.push(`Arsip berisi berkas yang tidak tercatat di manifest: ${strangers.slice(0, 10).join(", ")}.`);
  if (problems.length > 0) throw new RestoreRefusedError(problems);
  return manifest;
}

/** Files of our layout that the manifest does not mention: added to the archive by someone else. */
async function unlistedFiles(dir: string, listed: Set<string>): Promise<string[]> {
  const all = await readdir(dir, { recursive: true, withFileTypes: true });
  return all
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((name) => !listed.has(name));
}
