import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "./client";
import { testDatabaseUrl } from "./config";
import { startEmbeddedServer } from "./embedded";
import { deployMigrations } from "./migrate";

export interface TestDatabase {
  /** "postgres" when DATABASE_URL names a real server, else the embedded PGlite. */
  kind: "postgres" | "pglite";
  url: string;
  db: Db;
  close(): Promise<void>;
}

/** True when the integration suite runs on a real PostgreSQL (CI's second run). */
export function onRealPostgres(): boolean {
  return testDatabaseUrl() !== undefined;
}

/**
 * Reason to skip a test whose point is true concurrency: PGlite runs one statement at a time,
 * so a race there would pass without proving anything.
 */
export const NEEDS_POSTGRES =
  "butuh PostgreSQL sungguhan (TEST_DATABASE_URL): basis data tertanam menjalankan satu pernyataan sekaligus, jadi uji konkurensi di sana tidak membuktikan apa-apa";

/**
 * A fresh, migrated database for one test suite. On PostgreSQL a new database is created next to
 * the one TEST_DATABASE_URL names and dropped afterwards; on the embedded default an in-memory PGlite
 * is served over the wire protocol, exactly as the apps see it.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = testDatabaseUrl();
  if (!base) {
    const server = await startEmbeddedServer({});
    await deployMigrations({ kind: "postgres", connectionString: server.url });
    const db = createDb(server.url, { maxConnections: 8 });
    return {
      kind: "pglite",
      url: server.url,
      db,
      async close() {
        await db.$disconnect();
        await server.stop();
      },
    };
  }

  const name = `perizinan_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await deployMigrations({ kind: "postgres", connectionString: url.toString() });
  const db = createDb(url.toString(), { maxConnections: 20 });
  return {
    kind: "postgres",
    url: url.toString(),
    db,
    async close() {
      await db.$disconnect();
      const dropper = new pg.Client({ connectionString: base });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}
