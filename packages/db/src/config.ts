import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the database lives, and the package's other settings. Validated once here; no other
 * module in the package reads process.env.
 *
 * - DATABASE_URL set → that PostgreSQL (production, CI's second integration run).
 * - otherwise → the embedded PostgreSQL server on DATA_DIR (default `<repo>/.data`), which
 *   `npm start` runs and hands to the apps as their DATABASE_URL.
 */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export function dataDir(): string {
  return path.resolve(REPO_ROOT, process.env.DATA_DIR ?? ".data");
}

export function databaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`DATABASE_URL harus berupa URL PostgreSQL (postgresql://…), bukan "${url.split(":")[0]}:…"`);
  }
  return url;
}

export const PRISMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

/**
 * The PostgreSQL server integration tests create their throw-away databases on. Deliberately not
 * DATABASE_URL: a developer's configured database must never be touched by a test run.
 */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL?.trim() || undefined;
}

/**
 * EMBEDDED_DB_PORT as written (unset: undefined): the port `npm start`'s embedded PostgreSQL
 * listens on; the CLI converts it, with its own --port first and 54329 as the default.
 */
export function embeddedDbPort(): string | undefined {
  return process.env.EMBEDDED_DB_PORT;
}

/**
 * The environment the embedded PostgreSQL server (postgres, initdb, pg_ctl) runs in: PATH, HOME
 * and TMPDIR of ours, English messages (the start-up checks read them), nothing of the caller's
 * secrets.
 */
export function serverProcessEnv(): NodeJS.ProcessEnv {
  const { PATH, HOME, TMPDIR } = process.env;
  // Not NODE_ENV either: Next's types make it required on ProcessEnv, hence the cast.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed where Next's globals are loaded (api and auth typecheck this file)
  return { PATH, HOME, TMPDIR, LC_ALL: "C", LC_MESSAGES: "C" } as unknown as NodeJS.ProcessEnv;
}

/** DEBUG names `migrate` (or is `*`): the schema engine's log lines go to stderr. */
export function schemaEngineDebug(): boolean {
  return /\bmigrate\b|\*/.test(process.env.DEBUG ?? "");
}
