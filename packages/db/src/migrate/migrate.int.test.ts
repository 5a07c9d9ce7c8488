import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery } from "../testing/templates";
import { migrationDirName } from "./files";
import {
  checkDrift,
  checkSchemaHasMigrations,
  createMigration,
  deployMigrations,
  migrationStatus,
  type MigrationTarget,
} from "./index";

const DATASOURCE = `datasource db {\n  provider = "postgresql"\n}\n`;
const USER_V1 = `model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n`;
// Second migration: an enum, a relation, an index and a foreign key.
const USER_V2 = `model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  posts Post[]\n}\n`;
const POST = `model Post {
  id       Int    @id @default(autoincrement())
  title    String
  kind     Kind   @default(NOTE)
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId, kind])
}

enum Kind {
  NOTE
  ARTICLE
}
`;
const SCHEMA_V2 = DATASOURCE + USER_V2 + POST;

let work: string;
let schemaPath: string;
let migrationsDir: string;
let created: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "perizinan-migrate-"));
  schemaPath = path.join(work, "schema.prisma");
  migrationsDir = path.join(work, "migrations");
  await writeFile(schemaPath, DATASOURCE + USER_V1);
  const first = await createMigration("init", { schemaPath, migrationsDir });
  await writeFile(schemaPath, SCHEMA_V2);
  const second = await createMigration("Posts & kinds", { schemaPath, migrationsDir });
  created = [first.created, second.created].filter((c): c is string => c !== null);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("createMigration", () => {
  it("writes one folder per change, in creation order, plus the lockfile", async () => {
    expect(created).toHaveLength(2);
    expect(created[0]).toMatch(/^\d{14}_init$/);
    expect(created[1]).toMatch(/^\d{14}_posts_kinds$/);
    expect([...created].sort()).toEqual(created); // sorts (= applies) in creation order

    const entries = (await readdir(migrationsDir)).sort();
    expect(entries).toEqual([...created, "migration_lock.toml"]);
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');

    const second = await readFile(path.join(migrationsDir, created[1]!, "migration.sql"), "utf8");
    expect(second).toContain(`CREATE TYPE "Kind" AS ENUM ('NOTE', 'ARTICLE')`);
    expect(second).toContain(`CREATE INDEX "Post_authorId_kind_idx"`);
    expect(second).toMatch(/FOREIGN KEY \("authorId"\) REFERENCES "User"\("id"\) ON DELETE CASCADE/);
    expect(second).not.toContain(`CREATE TABLE "User"`); // only the change, not the whole schema
  });

  it("creates nothing when the schema has no change", async () => {
    expect(await createMigration("nothing", { schemaPath, migrationsDir })).toEqual({ created: null, sql: "" });
    expect((await readdir(migrationsDir)).length).toBe(3);
  });

  it("rejects an empty name and keeps names ordered even within one second", () => {
    expect(() => migrationDirName("  !!  ", [])).toThrow(/Nama migrasi tidak valid/);
    const now = new Date("2026-01-01T00:00:00Z");
    expect(migrationDirName("b", ["20260101000000_a"], now)).toBe("20260101000001_b");
    expect(migrationDirName("b", ["20991231235959_future"], now)).toBe("21000101000000_b");
  });
});

describe("checkSchemaHasMigrations", () => {
  it("passes when every schema change has a migration", async () => {
    expect(await checkSchemaHasMigrations({ schemaPath, migrationsDir })).toEqual({ ok: true, sql: "" });
  });

  it("reports an added column that has no migration", async () => {
    const changed = path.join(work, "changed.prisma");
    await writeFile(changed, SCHEMA_V2.replace("title    String", "title    String\n  summary  String?"));
    const result = await checkSchemaHasMigrations({ schemaPath: changed, migrationsDir });
    expect(result.ok).toBe(false);
    expect(result.sql).toContain(`ALTER TABLE "Post" ADD COLUMN     "summary" TEXT`);
  });
});

// ---------------------------------------------------------------------------------------------
// Deploy, status and drift on each kind of database the project runs on.

interface OpenTarget {
  target: MigrationTarget;
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

async function inProcessPglite(): Promise<OpenTarget> {
  const db = await PGlite.create();
  return {
    target: { kind: "pglite", db },
    query: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
    close: () => db.close(),
  };
}

async function pgTarget(connectionString: string, onClose: () => Promise<void>): Promise<OpenTarget> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return {
    target: { kind: "postgres", connectionString },
    query: async (sql) => (await client.query(sql)).rows,
    close: async () => {
      await client.end();
      await onClose();
    },
  };
}

/** The run's PostgreSQL: the embedded server (global setup) or CI's PostgreSQL 15. */
const postgresBase = process.env.TEST_DATABASE_URL!;

async function freshPostgres(): Promise<OpenTarget> {
  const name = `migrate_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = (sql: string) => adminQuery(postgresBase, sql);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresBase);
  url.pathname = `/${name}`;
  return pgTarget(url.toString(), () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const targets: { name: string; open: () => Promise<OpenTarget> }[] = [
  { name: "in-process PGlite", open: inProcessPglite },
  { name: "PostgreSQL", open: freshPostgres },
];

for (const { name, open } of targets) {
  describe(`deploy on ${name}`, () => {
    let db: OpenTarget;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it("lists both migrations as pending before the first deploy", async () => {
      expect(await migrationStatus(db.target, { migrationsDir })).toEqual({ pending: created, applied: [], problems: [] });
    });

    it("applies them and records them in _prisma_migrations exactly like the Prisma CLI", async () => {
      expect(await deployMigrations(db.target, { migrationsDir })).toEqual({ applied: created });
      expect(await deployMigrations(db.target, { migrationsDir })).toEqual({ applied: [] });

      const rows = await db.query(
        `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs
         FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(created);
      for (const row of rows) {
        const sql = await readFile(path.join(migrationsDir, String(row.migration_name), "migration.sql"), "utf8");
        expect(row.checksum).toBe(sha256(sql));
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
        expect(row.logs).toBeNull();
      }
      // The tables really exist and the foreign key works.
      await db.query(`INSERT INTO "User" (email) VALUES ('a@example.go.id')`);
      await db.query(`INSERT INTO "Post" (title, "authorId") SELECT 'x', id FROM "User"`);
      expect(await db.query(`SELECT kind::text FROM "Post"`)).toEqual([{ kind: "NOTE" }]);
      await expect(db.query(`INSERT INTO "Post" (title, "authorId") VALUES ('y', 999)`)).rejects.toThrow(/foreign key/);
    });

    it("then reports nothing pending", async () => {
      expect(await migrationStatus(db.target, { migrationsDir })).toEqual({ pending: [], applied: created, problems: [] });
    });

    it("finds no drift between the schema and the live database", async () => {
      expect(await checkDrift(db.target, { schemaPath })).toEqual({ ok: true, sql: "" });
    });

    it("detects a change made by hand to the live database", async () => {
      await db.query(`ALTER TABLE "Post" ADD COLUMN "handmade" integer`);
      const drift = await checkDrift(db.target, { schemaPath });
      expect(drift.ok).toBe(false);
      expect(drift.sql).toContain(`DROP COLUMN "handmade"`);
      await db.query(`ALTER TABLE "Post" DROP COLUMN "handmade"`);
    });

    it("runs each migration.sql whole, and rolls back and reports a failing one", async () => {
      const dir = path.join(work, `migrations-${name.replace(/\W+/g, "-")}`);
      await cp(migrationsDir, dir, { recursive: true });
      // Semicolons inside a comment, a string and a function body: splitting the script on ";"
      // (what adapter-pg's executeScript does) would break each of these.
      await mkdir(path.join(dir, "29990101000000_tricky"));
      await writeFile(
        path.join(dir, "29990101000000_tricky", "migration.sql"),
        `-- note; not a statement\nCREATE TABLE "Note" (body text NOT NULL DEFAULT 'a;b');\n` +
          `CREATE FUNCTION note_len(t text) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN length(t); END; $$;\n`,
      );
      await mkdir(path.join(dir, "29990102000000_broken"));
      await writeFile(
        path.join(dir, "29990102000000_broken", "migration.sql"),
        `CREATE TABLE "Broken" (id int);\nSELECT no_such_column FROM "Broken";\n`,
      );

      await expect(deployMigrations(db.target, { migrationsDir: dir })).rejects.toThrow(/no_such_column/);
      expect(await db.query(`SELECT note_len('abc') AS n`)).toEqual([{ n: 3 }]);
      expect(await db.query(`SELECT to_regclass('"Broken"')::text AS t`)).toEqual([{ t: null }]);

      const status = await migrationStatus(db.target, { migrationsDir: dir });
      expect(status.applied).toEqual([...created, "29990101000000_tricky"]);
      expect(status.problems).toEqual([expect.stringContaining("29990102000000_broken gagal")]);
      await expect(deployMigrations(db.target, { migrationsDir: dir })).rejects.toThrow(/29990102000000_broken/);
    });
  });
}
