import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { databaseUrl, pgliteDir } from "../config";
import { lockDataDir } from "../embedded";
import type { MigrationTarget } from "./adapters";

export type { MigrationTarget } from "./adapters";

/**
 * The database the app itself would use: DATABASE_URL's PostgreSQL (a server, or the embedded
 * PGlite served through pglite-socket), else the PGlite data directory opened in-process.
 * Opening the directory in-process is only safe while no pglite-socket server owns it, so the
 * directory's lock is taken first (a running `npm start` makes this fail with a clear message).
 */
export async function targetFromEnv(): Promise<{ target: MigrationTarget; close(): Promise<void> }> {
  const url = databaseUrl();
  if (url) return { target: { kind: "postgres", connectionString: url }, close: async () => {} };
  const dir = pgliteDir();
  const release = lockDataDir(dir);
  await mkdir(dir, { recursive: true });
  const db = await PGlite.create(dir);
  return {
    target: { kind: "pglite", db },
    close: async () => {
      await db.close();
      release();
    },
  };
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
