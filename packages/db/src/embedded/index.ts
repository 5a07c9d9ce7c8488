import fs from "node:fs";
import path from "node:path";
import { runningServerUrl } from "./access";
import { startEmbeddedServer } from "./server";

export { DataDirInUseError, EMBEDDED_DATABASE, embeddedUrl, passwordFile, readPassword, runningServerUrl } from "./access";
export { EmbeddedBinariesMissingError } from "./binaries";
export { startEmbeddedServer, type EmbeddedServer, type EmbeddedServerOptions } from "./server";

/** True once the data folder holds an embedded cluster (never create one just to look). */
export function hasEmbeddedCluster(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "db-password"));
}

/**
 * Runs `work` against the configured database: DATABASE_URL when set; else the embedded server
 * that `npm start` is running on this data folder; else one started for the duration of the call
 * (one-off commands such as `npm run db:seed` with nothing running).
 */
export async function withDatabaseUrl<T>(configured: string | undefined, dataDir: string, work: (url: string) => Promise<T>): Promise<T> {
  if (configured) return work(configured);
  const running = runningServerUrl(dataDir);
  if (running) return work(running);
  const server = await startEmbeddedServer({ dataDir, port: 0 });
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}

/** Deletes a (stopped) embedded server's data folder and, when root kept it elsewhere, its cluster. */
export function removeEmbeddedData(dataDir: string): void {
  const pointer = path.join(dataDir, "postgres-location");
  if (fs.existsSync(pointer)) fs.rmSync(fs.readFileSync(pointer, "utf8").trim(), { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
}
