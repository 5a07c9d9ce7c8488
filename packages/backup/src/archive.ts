import { chmod, link, open, rename, rm, stat } from "node:fs/promises";
import type { ReadEntry } from "tar";
import * as tar from "tar";
import { BackupError } from "./errors";
import { MANIFEST_FILE } from "./format";

const ARCHIVE_MODE = 0o600;

/**
 * Packs `files` (relative to `stagingDir`, manifest first) into a gzipped tar at `outFile`, mode
 * 0600 from its first byte. It is written beside the target and put in place once complete and
 * on disk, so `outFile` is never a half-written archive. Returns the archive's size.
 */
export async function packArchive(stagingDir: string, files: string[], outFile: string): Promise<number> {
  const partFile = `${outFile}.part-${process.pid}`;
  // Created empty first: tar reopens it for writing, and the mode of an existing file is kept.
  await (await open(partFile, "wx", ARCHIVE_MODE)).close();
  try {
    await tar.create({ gzip: true, file: partFile, cwd: stagingDir, portable: true }, files);
    await chmod(partFile, ARCHIVE_MODE);
    const handle = await open(partFile, "r+");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A hard link, unlike a rename, refuses to replace an archive that appeared meanwhile.
    await link(partFile, outFile).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") throw new BackupError(`Berkas ${outFile} sudah ada; pilih nama lain dengan --out.`);
      // File systems without hard links (FAT, some network shares): a checked rename instead.
      if (error.code !== "EPERM" && error.code !== "ENOTSUP" && error.code !== "ENOSYS") throw error;
      if (await stat(outFile).then(() => true, () => false)) throw new BackupError(`Berkas ${outFile} sudah ada; pilih nama lain dengan --out.`);
      await rename(partFile, outFile);
    });
  } finally {
    await rm(partFile, { force: true });
  }
  return (await stat(outFile)).size;
}

const LAYOUT = new RegExp(`^(?:${MANIFEST_FILE.replace(".", "\\.")}|tables/[^/]+\\.copy|documents/sha256/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64})$`);
const REGULAR_FILE = new Set(["File", "OldFile", "ContiguousFile"]);

const entryName = (entryPath: string) => entryPath.replace(/^(\.\/)+/, "");
const inLayout = (entryPath: string, entry: ReadEntry) => REGULAR_FILE.has(entry.type) && LAYOUT.test(entryName(entryPath));

export interface Unpacked {
  /** Entries that are not part of a backup's layout (not extracted). */
  unexpected: string[];
}

/**
 * Extracts an archive into an empty folder, only the regular files our layout has: no links, no
 * paths outside the folder. The archive is first read to its end without writing anything, so a
 * damaged or cut-off file throws before any of it lands on disk.
 */
export async function unpackArchive(archiveFile: string, intoDir: string): Promise<Unpacked> {
  const unexpected: string[] = [];
  await tar.list({
    file: archiveFile,
    strict: true,
    filter: (entryPath, entry) => {
      const readEntry = entry as ReadEntry;
      if (readEntry.type !== "Directory" && !inLayout(entryPath, readEntry)) unexpected.push(entryName(entryPath));
      return false;
    },
  });
  await tar.extract({
    file: archiveFile,
    cwd: intoDir,
    strict: true,
    noChmod: true,
    preservePaths: false,
    filter: (entryPath, entry) => inLayout(entryPath, entry as ReadEntry),
  });
  return { unexpected };
}
