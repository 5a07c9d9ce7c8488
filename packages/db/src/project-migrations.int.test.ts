import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "./config";
import { checkDrift, checkSchemaHasMigrations, deployMigrations, migrationStatus, type MigrationTarget } from "./migrate";

/**
 * The project's own migrations, applied to the embedded database and to a real PostgreSQL, and
 * the drift check (schema vs live database) finding no difference on either.
 */
const postgresServer = testDatabaseUrl();
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function assertMigratesWithoutDrift(target: MigrationTarget) {
  const before = await migrationStatus(target);
  expect(before.pending.length).toBeGreaterThan(0);
  const { applied } = await deployMigrations(target);
  expect(applied).toEqual(before.pending);
  const after = await migrationStatus(target);
  expect(after.pending).toEqual([]);
  expect(after.problems).toEqual([]);
  const drift = await checkDrift(target);
  expect(drift.sql).toBe("");
  expect(drift.ok).toBe(true);
}

describe("the project's migrations", () => {
  it("cover every change in schema.prisma", async () => {
    const outcome = await checkSchemaHasMigrations();
    expect(outcome.sql).toBe("");
    expect(outcome.ok).toBe(true);
  });

  it("apply to PGlite with no drift", async () => {
    const db = await PGlite.create();
    cleanups.push(() => db.close());
    await assertMigratesWithoutDrift({ kind: "pglite", db });
  });

  it.skipIf(!postgresServer)(
    `apply to PostgreSQL with no drift${postgresServer ? "" : " (dilewati: atur TEST_DATABASE_URL ke server PostgreSQL)"}`,
    async () => {
      const name = `perizinan_mig_${Date.now()}`;
      const admin = new pg.Client({ connectionString: postgresServer });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      });
      const url = new URL(postgresServer!);
      url.pathname = `/${name}`;
      await assertMigratesWithoutDrift({ kind: "postgres", connectionString: url.toString() });
    },
  );
});
if (!postgresServer) console.warn("[project-migrations] uji PostgreSQL dilewati: atur TEST_DATABASE_URL ke server PostgreSQL");
