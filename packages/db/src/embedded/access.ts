import fs from "node:fs";
import path from "node:path";

/** The application's database inside the embedded cluster. */
export const EMBEDDED_DATABASE = "perizinan";

export class DataDirInUseError extends Error {
  override readonly name = "DataDirInUseError";
}

/** `<DATA_DIR>/db-password`, mode 0600: the embedded server's generated superuser password. */
export function passwordFile(dataDir: string): string {
  return path.join(dataDir, "db-password");
}

export function readPassword(dataDir: string): string | undefined {
  const file = passwordFile(dataDir);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined;
}

export function embeddedUrl(port: number, password: string, database = EMBEDDED_DATABASE): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?sslmode=disable`;
}

function lockFile(dataDir: string): string {
  return path.join(dataDir, "postgres.lock");
}

interface LockContent {
  pid: number;
  port: number;
}

function readLock(dataDir: string): LockContent | undefined {
  try {
    const content = JSON.parse(fs.readFileSync(lockFile(dataDir), "utf8")) as Partial<LockContent>;
    if (typeof content.pid === "number" && typeof content.port === "number") return { pid: content.pid, port: content.port };
  } catch {
    /* absent, or left half-written by a crash: no holder */
  }
  return undefined;
}

/** Whether a process exists (EPERM: it does, under another account). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One process at a time runs the embedded server of a data folder; it records its pid and port so
 * that other commands (`npm run db:seed`, `db:backup`) can reach the running server instead of
 * starting a second one. A lock whose process is gone (a crash, a kill -9) is stale and taken over.
 */
export function acquireServerLock(dataDir: string, port: number): () => void {
  const holder = readLock(dataDir);
  if (holder && holder.pid !== process.pid && alive(holder.pid)) {
    throw new DataDirInUseError(
      `Basis data tertanam di ${dataDir} sedang dijalankan proses ${holder.pid} (mis. \`npm start\` yang masih berjalan). ` +
        `Hentikan proses itu dahulu, atau jalankan perintah ini dengan DATABASE_URL.`,
    );
  }
  const file = lockFile(dataDir);
  const temp = `${file}.${process.pid}`;
  fs.writeFileSync(temp, JSON.stringify({ pid: process.pid, port } satisfies LockContent), { mode: 0o600 });
  fs.renameSync(temp, file);
  return () => {
    if (readLock(dataDir)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
}

/** The URL of the embedded server another process is running on this data folder, if any. */
export function runningServerUrl(dataDir: string): string | undefined {
  const holder = readLock(dataDir);
  const password = readPassword(dataDir);
  if (!holder || !password || !alive(holder.pid)) return undefined;
  return embeddedUrl(holder.port, password);
}
