import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export class DataDirInUseError extends Error {}

/**
 * Two processes opening one PGlite directory would corrupt it, so the owner holds a lock file
 * with its pid. A lock whose process is gone (a crash, a kill -9) is stale and taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const holder = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, "utf8")) : 0;
  if (holder && holder !== process.pid) {
    let alive = true;
    try {
      process.kill(holder, 0);
    } catch {
      alive = false;
    }
    if (alive) {
      throw new DataDirInUseError(
        `Basis data tertanam ${dataDir} sedang dipakai proses ${holder} (mis. \`npm start\` yang masih berjalan). ` +
          `Hentikan proses itu dahulu, atau jalankan perintah ini dengan DATABASE_URL dari server itu.`,
      );
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

/**
 * Serves a PGlite database over the PostgreSQL wire protocol on localhost.
 * PGlite is a single backend in one process, so both apps (and the migration and seed
 * commands) share it through this one server instead of opening the directory themselves.
 * `dataDir` undefined → an in-memory database (tests). Port 0 → any free port.
 */
export async function startEmbeddedServer(options: {
  dataDir?: string;
  port?: number;
  host?: string;
  maxConnections?: number;
}): Promise<EmbeddedServer> {
  const releaseLock = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const host = options.host ?? "127.0.0.1";
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: options.maxConnections ?? 32 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    releaseLock();
    throw error;
  }
  const port = Number(server.getServerConn().split(":").pop());
  let stopped = false;
  return {
    port,
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing PGlite flushes and releases the data directory; skipping it can corrupt it.
      await db.close();
      releaseLock();
    },
  };
}

/**
 * Runs `work` against the configured database: DATABASE_URL when set, else the embedded data
 * directory served for the duration of the call (for one-off commands such as `npm run db:seed`).
 */
export async function withDatabaseUrl<T>(configured: string | undefined, dataDir: string, work: (url: string) => Promise<T>): Promise<T> {
  if (configured) return work(configured);
  const server = await startEmbeddedServer({ dataDir });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}
