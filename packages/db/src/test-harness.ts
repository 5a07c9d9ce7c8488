import { randomBytes } from "node:crypto";
import { createDb, type Db } from "./client";
import { testDatabaseUrl } from "./config";
import { adminQuery, databaseUrlFor } from "./testing/templates";

export interface TestDatabase {
  url: string;
  db: Db;
  close(): Promise<void>;
}

/**
 * A fresh database for one test suite: a copy of the run's migrated template (or, with
 * `seeded`, of the template that also holds the demo office), created next to the one
 * TEST_DATABASE_URL names and dropped afterwards. TEST_DATABASE_URL is CI's PostgreSQL 15 or, by
 * default, the embedded PostgreSQL the global setup (`testing/global-setup.ts`) starts: the same
 * kind of server the product runs on, so races are real races.
 */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const base = testDatabaseUrl();
  const template = options.seeded ? process.env.TEST_TEMPLATE_SEEDED : process.env.TEST_TEMPLATE_MIGRATED;
  if (!base || !template) {
    throw new Error("Basis data uji belum disiapkan: jalankan uji integrasi lewat `npm run test:int` (global setup menyalakan PostgreSQL tertanam dan membuat templatnya).");
  }
  const name = `perizinan_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await cloneTemplate(base, name, template);
  const url = databaseUrlFor(base, name);
  const db = createDb(url, { maxConnections: 20 });
  return {
    url,
    db,
    async close() {
      await db.$disconnect();
      await adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Two suites cloning the same template at once can collide on its lock; the loser tries again. */
async function cloneTemplate(base: string, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(base, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
