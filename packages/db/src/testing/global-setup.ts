import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { removeEmbeddedData, startEmbeddedServer } from "../embedded";

/**
 * Vitest global setup for the integration suites: without TEST_DATABASE_URL (CI's PostgreSQL),
 * start one embedded PostgreSQL in a throw-away folder for the whole run and point the suites at
 * it. Each suite still makes its own fresh database on it (test-harness.ts).
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.TEST_DATABASE_URL?.trim()) return undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-int-"));
  const server = await startEmbeddedServer({ dataDir, port: 0 });
  process.env.TEST_DATABASE_URL = server.url;
  return async () => {
    await server.stop();
    removeEmbeddedData(dataDir);
  };
}
