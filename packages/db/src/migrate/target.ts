import { databaseUrl, dataDir } from "../config";
import { runningServerUrl, startEmbeddedServer } from "../embedded";
import type { MigrationTarget } from "./adapters";

export type { MigrationTarget } from "./adapters";

/**
 * The database the app itself would use: DATABASE_URL's PostgreSQL; else the embedded server
 * `npm start` is running on DATA_DIR; else the embedded server started for this command.
 */
export async function targetFromEnv(): Promise<{ target: MigrationTarget; close: () => Promise<void> }> {
  const url = databaseUrl() ?? runningServerUrl(dataDir());
  if (url) return { target: { kind: "postgres", connectionString: url }, close: async () => {} };
  const server = await startEmbeddedServer({ dataDir: dataDir(), port: 0 });
  return { target: { kind: "postgres", connectionString: server.url }, close: () => server.stop() };
}

/** Short human description for CLI messages, without credentials. */
export function describeTarget(target: MigrationTarget): string {
  if (target.kind === "pglite") return `PGlite (${target.db.dataDir ?? "memori"})`;
  try {
    const u = new URL(target.connectionString);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
