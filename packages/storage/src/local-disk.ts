import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { keyForSha256, sha256Hex, sha256OfKey, verifyIntegrity } from "./keys";
import type { DocumentStorage, StoredObject } from "./storage";

const DIR_MODE = 0o750;
const FILE_MODE = 0o640;
const TEMP_DIR = "tmp";
const TEMP_SUFFIX = ".part";

/**
 * Documents as files under `rootDir` (a directory inside the data dir — never a public/static folder),
 * at `rootDir/sha256/ab/cd/<hex>`. A write goes to `rootDir/tmp/<hex>.<uuid>.part`, is fsynced, then renamed
 * into place (same file system, so the rename is atomic): a crash leaves at most a stray temp file, never
 * half a file under a real key. Temp files are not objects; `removeStaleTempFiles` clears old ones.
 */
export class LocalDiskStorage implements DocumentStorage {
  readonly rootDir: string;
  private readonly tempDir: string;

  constructor(rootDir: string) {
    if (typeof rootDir !== "string" || rootDir.trim() === "") throw new TypeError("LocalDiskStorage: rootDir kosong.");
    this.rootDir = path.resolve(rootDir);
    this.tempDir = path.join(this.rootDir, TEMP_DIR);
  }

  async put(bytes: Uint8Array): Promise<StoredObject> {
    const sha256 = sha256Hex(bytes);
    const key = keyForSha256(sha256);
    const stored: StoredObject = { key, sha256, sizeBytes: bytes.byteLength };
    const finalPath = this.pathOf(key);

    // Already there (a complete file: only renames put files under a key). A size mismatch can only be
    // damage from outside, so that copy is replaced.
    const existing = await statOrNull(finalPath);
    if (existing?.isFile() && existing.size === bytes.byteLength) return stored;

    await mkdir(path.dirname(finalPath), { recursive: true, mode: DIR_MODE });
    await mkdir(this.tempDir, { recursive: true, mode: DIR_MODE });
    const tempPath = path.join(this.tempDir, `${sha256}.${randomUUID()}${TEMP_SUFFIX}`);
    try {
      const handle = await open(tempPath, "wx", FILE_MODE);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tempPath, finalPath);
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    await fsyncDirectory(path.dirname(finalPath));
    return stored;
  }

  async get(key: string): Promise<Uint8Array | null> {
    const file = this.pathOf(key);
    let buffer: Buffer;
    try {
      buffer = await readFile(file);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    verifyIntegrity(key, bytes);
    return bytes;
  }

  async has(key: string): Promise<boolean> {
    const info = await statOrNull(this.pathOf(key));
    return info?.isFile() ?? false;
  }

  describe(): string {
    return `local-disk:${this.rootDir}`;
  }

  /** Deletes temp files (left by a crash mid-write) older than `maxAgeMs`; returns how many. Safe while puts run. */
  async removeStaleTempFiles(maxAgeMs = 24 * 60 * 60 * 1000, now = Date.now()): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.tempDir);
    } catch (error) {
      if (isNotFound(error)) return 0;
      throw error;
    }
    let removed = 0;
    for (const name of names) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      const file = path.join(this.tempDir, name);
      const info = await statOrNull(file);
      if (info?.isFile() && now - info.mtimeMs >= maxAgeMs) {
        await rm(file, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  /** The file for a key; the key's layout is checked first, so nothing outside rootDir can be named. */
  private pathOf(key: string): string {
    const hex = sha256OfKey(key);
    return path.join(this.rootDir, "sha256", hex.slice(0, 2), hex.slice(2, 4), hex);
  }
}

async function statOrNull(file: string) {
  try {
    return await stat(file);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/** Makes the rename itself durable. Directories cannot be opened for fsync on Windows; skip there. */
async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === "win32") return;
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
