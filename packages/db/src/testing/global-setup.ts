import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { removeEmbeddedData, startEmbeddedServer, type EmbeddedServer } from "../embedded";
import { createTemplates, dropTemplates } from "./templates";

/**
 * Vitest global setup for the integration suites: without TEST_DATABASE_URL (CI's PostgreSQL),
 * start one embedded PostgreSQL in a throw-away folder for the whole run; on either, build the
 * migrated and seeded template databases the suites clone (test-harness.ts).
 */
export default async function setup(): Promise<() => Promise<void>> {
  let server: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  if (!process.env.TEST_DATABASE_URL?.trim()) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "perizinan-int-"));
    server = await startEmbeddedServer({ dataDir, port: 0 });
    process.env.TEST_DATABASE_URL = server.url;
  }
  const base = process.env.TEST_DATABASE_URL;
  const templates = await createTemplates(base);
  process.env.TEST_TEMPLATE_MIGRATED = templates.migrated;
  process.env.TEST_TEMPLATE_SEEDED = templates.seeded;
  return async () => {
    await dropTemplates(base, templates);
    if (server) {
      await server.stop();
      removeEmbeddedData(dataDir!);
    }
  };
}
