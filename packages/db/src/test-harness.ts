import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "./client";
import { testDatabaseUrl } from "./config";
import { deployMigrations } from "./migrate";

export interface TestDatabase {
  url: string;
  db: Db;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test suite, created next to the one TEST_DATABASE_URL names
 * and dropped afterwards. TEST_DATABASE_URL is CI's PostgreSQL 15 or, by default, the embedded
 * PostgreSQL that the suite's global setup (`testing/global-setup.ts`) starts for the run: the same
 * kind of server the product runs on, so races are real races.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = testDatabaseUrl();
  if (!base) {
    throw new Error("TEST_DATABASE_URL belum diatur: jalankan uji integrasi lewat `npm run test:int` (global setup menyalakan PostgreSQL tertanam).");
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
